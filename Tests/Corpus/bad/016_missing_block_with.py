import asyncio

async def main():
    lock = asyncio.Lock()
    async with lock:
    print("locked")

asyncio.run(main())
