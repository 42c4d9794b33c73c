import asyncio

async def quick(x):
    await asyncio.sleep(1)
    return x + 1

async def main():
    r = await asyncio.wait_for(quick(41), timeout=5)
    print("result", r)
    r = await asyncio.wait_for(quick(1), timeout=None)
    print("no timeout:", r)
    task = asyncio.create_task(quick(9))
    print(await asyncio.wait_for(task, 2), task.done())
    await asyncio.sleep(4)
    print("main end")

asyncio.run(main())
