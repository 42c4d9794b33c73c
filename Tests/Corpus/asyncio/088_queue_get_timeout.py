import asyncio

async def slow_producer(q):
    await asyncio.sleep(3)
    await q.put("late item")

async def main():
    q = asyncio.Queue()
    asyncio.create_task(slow_producer(q))
    try:
        item = await asyncio.wait_for(q.get(), timeout=1)
    except asyncio.TimeoutError:
        print("no item within 1s")
    item = await asyncio.wait_for(q.get(), timeout=5)
    print("got", item)

asyncio.run(main())
