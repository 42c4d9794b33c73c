import asyncio
import time

async def fetch(name, delay):
    print(f"fetch {name} (takes {delay}s)")
    await asyncio.sleep(delay)
    print(f"fetched {name}")
    return f"{name}-data"

async def main():
    start = time.time()
    results = await asyncio.gather(fetch("slow", 3), fetch("fast", 1), fetch("medium", 2))
    print(results)
    print("elapsed", time.time() - start)

asyncio.run(main())
