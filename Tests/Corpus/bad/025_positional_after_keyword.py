import asyncio

async def main():
    await asyncio.wait_for(timeout=2, asyncio.sleep(1))

asyncio.run(main())
