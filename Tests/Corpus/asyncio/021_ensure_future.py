import asyncio

async def coro(n):
    await asyncio.sleep(n)
    print("coro", n, "finished")
    return n * 10

async def main():
    t = asyncio.ensure_future(coro(1))
    print(type(t).__name__, t.get_name())
    same = asyncio.ensure_future(t)
    print("ensure_future(task) is task:", same is t)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("ensure_future(future) is future:", asyncio.ensure_future(fut) is fut)
    fut.set_result("f")
    print(await t, await fut)

asyncio.run(main())
