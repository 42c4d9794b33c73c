import asyncio

async def consumer(cond, name, items):
    async with cond:
        print(name, "waiting")
        await cond.wait()
        print(name, "notified; took", items.pop(0))

async def producer(cond, items):
    for i in range(3):
        await asyncio.sleep(1)
        async with cond:
            items.append(f"item{i}")
            print("produced", items[-1], "-> notify(1)")
            cond.notify()

async def main():
    cond = asyncio.Condition()
    items = []
    await asyncio.gather(consumer(cond, "c1", items), consumer(cond, "c2", items),
                         consumer(cond, "c3", items), producer(cond, items))

asyncio.run(main())
