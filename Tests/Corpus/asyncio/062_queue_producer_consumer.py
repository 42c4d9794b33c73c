import asyncio

async def producer(q, n):
    for i in range(n):
        await asyncio.sleep(0.4)
        await q.put(i)
        print(f"produced {i} (size {q.qsize()})")
    await q.put(None)

async def consumer(q):
    while True:
        item = await q.get()
        if item is None:
            print("consumer got sentinel")
            break
        print(f"consumed {item}")
        await asyncio.sleep(1)

async def main():
    q = asyncio.Queue()
    await asyncio.gather(producer(q, 4), consumer(q))
    print("empty:", q.empty())

asyncio.run(main())
