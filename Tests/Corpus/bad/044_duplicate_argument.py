import asyncio

async def worker(name, delay, name):
    await asyncio.sleep(delay)
    print(name)

asyncio.run(worker("a", 1, "b"))
