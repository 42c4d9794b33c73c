import asyncio

type Delay = float

async def main(d: Delay):
    await asyncio.sleep(d)
