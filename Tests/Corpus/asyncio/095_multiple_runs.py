import asyncio
import time

async def phase(name, d):
    print(name, "in", asyncio.current_task().get_name())
    await asyncio.sleep(d)
    return name

start = time.time()
print(asyncio.run(phase("first", 1)))
print(asyncio.run(phase("second", 2)))
print("elapsed", time.time() - start)
