import asyncio

async def producer(name, q, items, delay):
    for item in items:
        await asyncio.sleep(delay)
        await q.put(f"{name}:{item}")
        print(f"{name} put {item}")

async def consumer(name, q, log):
    while True:
        item = await q.get()
        log.append(item)
        print(f"{name} handles {item}")
        await asyncio.sleep(0.75)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=3)
    log = []
    consumers = [asyncio.create_task(consumer(f"C{i}", q, log)) for i in range(2)]
    await asyncio.gather(producer("P1", q, range(3), 0.5), producer("P2", q, "ab", 0.8))
    await q.join()
    for c in consumers:
        c.cancel()
    print(len(log), "items handled")

asyncio.run(main())
