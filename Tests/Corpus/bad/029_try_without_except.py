import asyncio

async def main():
    try:
        await asyncio.sleep(1)
    print("after")

asyncio.run(main())
