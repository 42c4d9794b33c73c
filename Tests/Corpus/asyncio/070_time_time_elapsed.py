import asyncio
import time

async def step(n):
    await asyncio.sleep(n)
    return n

async def main():
    start = time.time()
    await step(2)
    print(time.time() - start)
    await asyncio.gather(step(1), step(3), step(2))
    print(time.time() - start)
    print(f"{time.monotonic():.1f}", f"{time.perf_counter():.1f}")

asyncio.run(main())
