import asyncio
import time

async def request(i):
    await asyncio.sleep(1 + (i % 3) * 0.5)
    return i

async def main():
    start = time.time()
    results = await asyncio.gather(*(request(i) for i in range(100)))
    print(len(results), sum(results), results[:5], results[-3:])
    print("100 requests took", time.time() - start, "seconds")

asyncio.run(main())
