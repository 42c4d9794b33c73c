import asyncio
import time

async def blocking_worker(name):
    print(name, "start")
    time.sleep(1)
    print(name, "end")

async def async_worker(name):
    print(name, "start")
    await asyncio.sleep(1)
    print(name, "end")

async def main():
    t0 = time.time()
    await asyncio.gather(*(blocking_worker(f"blocking-{i}") for i in range(3)))
    print("with time.sleep:", time.time() - t0)
    t1 = time.time()
    await asyncio.gather(*(async_worker(f"async-{i}") for i in range(3)))
    print("with asyncio.sleep:", time.time() - t1)

asyncio.run(main())
