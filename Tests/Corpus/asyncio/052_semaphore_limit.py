import asyncio
import time

async def fetch(sem, i):
    async with sem:
        print(f"fetch {i} start")
        await asyncio.sleep(1)
        print(f"fetch {i} end")

async def main():
    sem = asyncio.Semaphore(3)
    start = time.time()
    await asyncio.gather(*(fetch(sem, i) for i in range(7)))
    print("total", time.time() - start)

asyncio.run(main())
