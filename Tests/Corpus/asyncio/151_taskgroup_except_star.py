# TaskGroup failures arrive as a real ExceptionGroup; except* takes them apart.
import asyncio


async def job(name, delay, error=None):
    await asyncio.sleep(delay)
    if error is not None:
        raise error
    print(f"{name} done at {asyncio.get_running_loop().time():.1f}")
    return name


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("a", 1))
            tg.create_task(job("b", 2, ValueError("b failed")))
            tg.create_task(job("c", 3))
    except* ValueError as eg:
        print("value errors:", [str(e) for e in eg.exceptions])
        print("type:", type(eg).__name__, isinstance(eg, ExceptionGroup), eg.message)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("d", 1, KeyError("d")))
            tg.create_task(job("e", 1, TypeError("e")))
            tg.create_task(job("f", 5))
    except* KeyError as eg:
        print("keys:", eg.exceptions)
    except* TypeError as eg:
        print("types:", eg.exceptions)
    print("after second group at", asyncio.get_running_loop().time())

    try:
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(job("g", 1, OSError("disk")))
                tg.create_task(job("h", 1, ValueError("value")))
        except* ValueError:
            print("handled the ValueError only")
    except ExceptionGroup as rest:
        print("unhandled rest:", repr(rest))

    # An error raised in the body of the async with itself joins the group.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("i", 2))
            await asyncio.sleep(0.5)
            raise RuntimeError("body failed")
    except* RuntimeError as eg:
        print("body error:", eg.exceptions)


asyncio.run(main())
