# asyncio.TaskGroup: when one child raises, the group cancels its other children and
# raises an ExceptionGroup holding the failures. In the timeline, see "upload" fail at
# t=0.5, the slower children get cancelled right then, and "fast" finish normally before.
import asyncio

cancelled = []  # the group cancels children in set order: collect and sort the names


async def child(name, seconds, fail=False):
    print(f"{name}: started")
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        cancelled.append(name)
        raise
    if fail:
        print(f"{name}: raising ConnectionError")
        raise ConnectionError(f"{name} lost the connection")
    print(f"{name}: finished")


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("fast", 0.2))
            tg.create_task(child("upload", 0.5, fail=True))
            tg.create_task(child("report", 1.0))
            tg.create_task(child("backup", 2.0))
    except ExceptionGroup as eg:
        print(f"{loop.time():.1f}s main caught {type(eg).__name__}: {eg}")
        for exc in eg.exceptions:
            print(f"  sub-exception {type(exc).__name__}: {exc}")
    print("cancelled children:", sorted(cancelled))


asyncio.run(main())
