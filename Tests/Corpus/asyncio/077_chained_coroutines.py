import asyncio

async def level3():
    print("level3 sleeping")
    await asyncio.sleep(1)
    return 3

async def level2():
    print("level2 awaiting level3")
    v = await level3()
    return v + 20

async def level1():
    print("level1 awaiting level2")
    v = await level2()
    return v + 100

async def main():
    print("awaiting a coroutine runs it in the same task (no new task)")
    print(await level1())
    print(asyncio.current_task().get_name())

asyncio.run(main())
