import asyncio

async def risky(lock, n):
    try:
        async with lock:
            print("task", n, "holds lock")
            await asyncio.sleep(0.5)
            if n == 1:
                raise RuntimeError("task 1 failed inside the lock")
            print("task", n, "releasing normally")
    except RuntimeError as e:
        print("caught:", e, "| lock still held?", lock.locked())

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(risky(lock, n) for n in range(3)))
    print("final locked:", lock.locked())

asyncio.run(main())
