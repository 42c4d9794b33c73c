from asyncio import sleep, gather,

async def main():
    await gather(sleep(1), sleep(2))
