# asyncio.to_thread() runs a blocking function (here a 0.7 s time.sleep) in a worker
# thread, so the event loop stays free: the ticker keeps ticking every 0.2 s meanwhile.
# In the timeline, see the ticks continue while main awaits, and the result arrive at 0.7.
import asyncio
import time


def blocking_read(path):
    time.sleep(0.7)  # blocks only the worker thread, not the loop
    return f"contents of {path}"


async def ticker(start):
    for i in range(6):
        print(f"{time.time() - start:.1f}s tick {i}")
        await asyncio.sleep(0.2)


async def main():
    start = time.time()
    ticks = asyncio.create_task(ticker(start))
    print(f"{time.time() - start:.1f}s main: handing blocking_read to a thread")
    data = await asyncio.to_thread(blocking_read, "data.txt")
    print(f"{time.time() - start:.1f}s main: got {data!r}")
    await ticks
    print(f"{time.time() - start:.1f}s main: done")


asyncio.run(main())
