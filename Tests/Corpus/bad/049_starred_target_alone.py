import asyncio

async def main():
    *results = await asyncio.gather(asyncio.sleep(1, 1), asyncio.sleep(2, 2))
    print(results)

asyncio.run(main())
