import asyncio

async def stage1(out_q):
    for i in range(3):
        await asyncio.sleep(0.4)
        print(f"stage1 emits {i}")
        await out_q.put(i)
    await out_q.put(None)

async def stage2(in_q, out_q):
    while True:
        item = await in_q.get()
        if item is None:
            break
        await asyncio.sleep(1)
        print(f"stage2 doubles {item}")
        await out_q.put(item * 2)
    await out_q.put(None)

async def stage3(in_q):
    total = 0
    while True:
        item = await in_q.get()
        if item is None:
            break
        total += item
        print(f"stage3 running total {total}")
    return total

async def main():
    q1, q2 = asyncio.Queue(), asyncio.Queue()
    _, _, total = await asyncio.gather(stage1(q1), stage2(q1, q2), stage3(q2))
    print("total", total)

asyncio.run(main())
