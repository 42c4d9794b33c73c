import asyncio

async def worker(name, delay):
    print(f"{name} start")
    await asyncio.sleep(delay)
    print(f"{name} end")
    return name.upper()

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(worker("one", 2))
        t2 = tg.create_task(worker("two", 1))
        print("tasks created inside group")
    print("group exited:", t1.result(), t2.result())

asyncio.run(main())
