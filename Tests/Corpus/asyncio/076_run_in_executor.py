import asyncio
import time

def cpu_bound(n):
    time.sleep(0.75)
    return sum(i * i for i in range(n))

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    futs = [loop.run_in_executor(None, cpu_bound, n) for n in (10, 100)]
    print("submitted; main is free")
    await asyncio.sleep(0.5)
    print("main did other work at", loop.time() - start)
    print(await asyncio.gather(*futs))
    print("both done at", loop.time() - start)

asyncio.run(main())
