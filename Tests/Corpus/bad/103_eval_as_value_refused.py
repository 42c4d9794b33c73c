import asyncio

async def main():
    f = eval
    await asyncio.sleep(0)

asyncio.run(main())
