import asyncio

async def main():
    delays = [1, 2 3, 4]
    await asyncio.gather(*(asyncio.sleep(d) for d in delays))

asyncio.run(main())
