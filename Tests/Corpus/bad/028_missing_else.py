import asyncio

async def main():
    fast = True
    await asyncio.sleep(0.1 if fast)

asyncio.run(main())
