import asyncio

async def wait_until_ready(cond, box, need):
    async with cond:
        await cond.wait_for(lambda: len(box) >= need)
        print(f"waiter needing {need} proceeds with {len(box)} items")

async def fill(cond, box):
    for i in range(4):
        await asyncio.sleep(1)
        async with cond:
            box.append(i)
            print("box now has", len(box))
            cond.notify_all()

async def main():
    cond = asyncio.Condition()
    box = []
    await asyncio.gather(wait_until_ready(cond, box, 3), wait_until_ready(cond, box, 1), fill(cond, box))

asyncio.run(main())
