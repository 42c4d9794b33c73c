import asyncio

async def main():
    ready = True
    if ready:
    await asyncio.sleep(1)

asyncio.run(main())
