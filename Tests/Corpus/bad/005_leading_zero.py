import asyncio

async def tick():
    await asyncio.sleep(05)
    print("tick")

asyncio.run(tick())
