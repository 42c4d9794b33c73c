import asyncio

async def fetch(url)
    await asyncio.sleep(1)
    return url

asyncio.run(fetch("x"))
