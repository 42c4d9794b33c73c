import asyncio

async def job():
    await asyncio.sleep(1)

await job()
