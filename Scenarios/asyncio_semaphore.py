# asyncio.Semaphore(2) lets at most two of six downloads run at a time: the others wait
# in FIFO order at "async with sem". In the timeline, watch at most two tasks sleeping at
# once, and each waiting download start the moment an earlier one releases its slot.
import asyncio
import time

SIZES = {"a.zip": 0.5, "b.zip": 0.2, "c.zip": 0.4, "d.zip": 0.2, "e.zip": 0.3, "f.zip": 0.1}


async def download(name, seconds, sem, start):
    print(f"{name}: waiting for a slot")
    async with sem:
        print(f"{time.time() - start:.1f}s {name}: downloading ({seconds} s)")
        await asyncio.sleep(seconds)
        print(f"{time.time() - start:.1f}s {name}: done")
    return name


async def main():
    sem = asyncio.Semaphore(2)
    start = time.time()
    done = await asyncio.gather(*(download(n, s, sem, start) for n, s in SIZES.items()))
    print("results in argument order:", done)
    print(f"total: {time.time() - start:.1f} s (one at a time would take 1.7 s)")


asyncio.run(main())
