import asyncio

async def sleeper(i):
    await asyncio.sleep(1)
    print("woke", i)
    await asyncio.sleep(1)
    print("woke again", i)

async def main():
    tasks = [asyncio.create_task(sleeper(i)) for i in range(8)]
    await asyncio.gather(*tasks)

asyncio.run(main())
