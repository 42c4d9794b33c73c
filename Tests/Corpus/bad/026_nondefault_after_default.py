import asyncio

async def worker(name="w", delay):
    await asyncio.sleep(delay)
    print(name)

asyncio.run(worker("a", 1))
