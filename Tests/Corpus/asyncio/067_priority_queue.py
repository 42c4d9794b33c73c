import asyncio

async def main():
    q = asyncio.PriorityQueue()
    for prio, job in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
        q.put_nowait((prio, job))
    while not q.empty():
        prio, job = await q.get()
        print(prio, job)
    async def delayed_put():
        await asyncio.sleep(1)
        await q.put((5, "x"))
        await q.put((0, "y"))
    asyncio.create_task(delayed_put())
    print(await q.get())
    print(await q.get())

asyncio.run(main())
