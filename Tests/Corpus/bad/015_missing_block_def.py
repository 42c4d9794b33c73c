import asyncio

async def worker():

asyncio.run(worker())
