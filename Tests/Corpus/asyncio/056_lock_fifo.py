import asyncio

async def holder(lock):
    async with lock:
        print("holder has the lock")
        await asyncio.sleep(2)
        print("holder releasing")

async def contender(lock, name, delay):
    await asyncio.sleep(delay)
    print(name, "requests lock")
    async with lock:
        print(name, "got lock")
        await asyncio.sleep(0.5)

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(
        holder(lock),
        contender(lock, "late", 1.5),
        contender(lock, "early", 0.5),
        contender(lock, "middle", 1.0),
    )
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
