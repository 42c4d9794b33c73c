import asyncio
import time

def blocking_io(seconds):
    time.sleep(seconds)
    return f"io finished after {seconds}s"

async def ticker():
    for i in range(4):
        print("tick", i)
        await asyncio.sleep(0.5)

async def main():
    start = time.time()
    result, _ = await asyncio.gather(asyncio.to_thread(blocking_io, 1.25), ticker())
    print(result)
    print("elapsed", time.time() - start)

asyncio.run(main())
