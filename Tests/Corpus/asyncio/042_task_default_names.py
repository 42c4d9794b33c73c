import asyncio

async def noop():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()

async def main():
    print("main:", asyncio.current_task().get_name())
    a = asyncio.create_task(noop())
    b = asyncio.create_task(noop())
    print(a.get_name(), b.get_name())
    print(await asyncio.gather(a, b, noop(), noop()))
    fut = asyncio.ensure_future(noop())
    print(fut.get_name(), await fut)

asyncio.run(main())
asyncio.run(main())
