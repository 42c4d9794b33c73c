# time.sleep() inside a coroutine blocks the whole event loop: a ticker that should tick
# every 0.2 s is frozen for 0.5 s. asyncio.sleep() yields instead, and the ticker keeps time.
# In the timeline, compare the gap in the first round's ticks with the steady second round.
import asyncio
import time


async def ticker(start):
    for i in range(4):
        print(f"  {time.time() - start:.1f}s tick {i}")
        await asyncio.sleep(0.2)


async def blocking_worker(start):
    print(f"  {time.time() - start:.1f}s worker: time.sleep(0.5) - the loop is frozen")
    time.sleep(0.5)
    print(f"  {time.time() - start:.1f}s worker: done")


async def polite_worker(start):
    print(f"  {time.time() - start:.1f}s worker: await asyncio.sleep(0.5)")
    await asyncio.sleep(0.5)
    print(f"  {time.time() - start:.1f}s worker: done")


async def main():
    for label, worker in [("blocking", blocking_worker), ("cooperative", polite_worker)]:
        print(f"{label}:")
        start = time.time()
        await asyncio.gather(ticker(start), worker(start))
        print(f"  round took {time.time() - start:.1f} s")


asyncio.run(main())
