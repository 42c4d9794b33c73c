import asyncio

async def ticker(n):
    for i in range(n):
        await asyncio.sleep(1)
        yield i

async def main():
    async for t in ticker(3):
        print(t)

asyncio.run(main())
