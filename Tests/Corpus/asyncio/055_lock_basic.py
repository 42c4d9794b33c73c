import asyncio

counter = 0

async def increment(lock, name):
    global counter
    async with lock:
        value = counter
        print(name, "read", value)
        await asyncio.sleep(0.5)
        counter = value + 1
        print(name, "wrote", counter)

async def main():
    lock = asyncio.Lock()
    print("locked:", lock.locked())
    await asyncio.gather(increment(lock, "a"), increment(lock, "b"), increment(lock, "c"))
    print("final counter", counter)

asyncio.run(main())
