import asyncio

async def main():
    await asyncio.gather(asyncio.sleep(d) for d in (1, 2), return_exceptions=True)

asyncio.run(main())
