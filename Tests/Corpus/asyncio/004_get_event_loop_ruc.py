import asyncio
import time

async def work(name, delay):
    print(name, "start")
    await asyncio.sleep(delay)
    print(name, "end")
    return name

loop = asyncio.get_event_loop()
start = time.time()
r = loop.run_until_complete(work("first", 2))
print("result:", r)
r2 = loop.run_until_complete(asyncio.gather(work("x", 1), work("y", 3)))
print("results:", r2)
print("elapsed:", time.time() - start)
