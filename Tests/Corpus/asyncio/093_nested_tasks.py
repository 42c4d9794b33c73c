import asyncio

async def grandchild(n):
    await asyncio.sleep(n)
    print("grandchild", n, "done")
    return n

async def child(name):
    print(name, "spawns grandchildren")
    tasks = [asyncio.create_task(grandchild(d)) for d in (0.5, 1.0)]
    total = 0
    for t in tasks:
        total += await t
    print(name, "collected", total)
    return total

async def main():
    a = asyncio.create_task(child("A"))
    b = asyncio.create_task(child("B"))
    print("main waits for", a.get_name(), b.get_name())
    print(await a + await b)

asyncio.run(main())
