import asyncio

total = 0

async def add(n):
    nonlocal total
    await asyncio.sleep(n)
    total += n

asyncio.run(add(1))
