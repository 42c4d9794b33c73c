import asyncio

async def main():
    q = asyncio.LifoQueue()
    for item in ["first", "second", "third"]:
        await q.put(item)
    while not q.empty():
        print(await q.get())
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(1)
    print("getter waiting:", not getter.done())
    q.put_nowait("late")
    print("getter got:", await getter)

asyncio.run(main())
