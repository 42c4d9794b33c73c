import asyncio

async def leaf(name, d):
    await asyncio.sleep(d)
    print("leaf", name, "done")
    return name

async def branch(name):
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(leaf(name + ".a", 1))
        b = tg.create_task(leaf(name + ".b", 0.5))
    print("branch", name, "collected", a.result(), b.result())
    return name

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(branch("L"))
        t2 = tg.create_task(branch("R"))
        tg.create_task(leaf("solo", 0.75))
    print("all branches:", t1.result(), t2.result())

asyncio.run(main())
