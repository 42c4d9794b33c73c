import asyncio

async def fail(delay, exc):
    await asyncio.sleep(delay)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(1, KeyError("k")))
            tg.create_task(fail(1, TypeError("t")))
            tg.create_task(fail(2, ValueError("never raised: cancelled first")))
    except ExceptionGroup as eg:
        print(type(eg).__name__ + ":", eg)
        print([repr(e) for e in eg.exceptions])
        print("message:", eg.message, "count:", len(eg.exceptions))
    print("done")

asyncio.run(main())
