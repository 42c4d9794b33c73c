import asyncio

# TaskGroup cancels its remaining children by iterating a set (hash order of
# the task objects), so the order of their CancelledErrors is not deterministic:
# collect them and print them sorted.
cancelled = []

async def good(name, delay):
    try:
        print(name, "working")
        await asyncio.sleep(delay)
        print(name, "finished")
    except asyncio.CancelledError:
        cancelled.append(name)
        raise

async def bad(delay):
    await asyncio.sleep(delay)
    print("bad raising")
    raise ValueError("bad task failed")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(good("fast", 0.5))
            tg.create_task(good("slow1", 5))
            tg.create_task(bad(1))
            tg.create_task(good("slow2", 5))
    except ExceptionGroup as eg:
        print("cancelled:", sorted(cancelled))
        print(type(eg).__name__, eg)
        for e in eg.exceptions:
            print(" -", type(e).__name__, e)

asyncio.run(main())
