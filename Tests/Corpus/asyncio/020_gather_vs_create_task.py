import asyncio

async def job(name, delay):
    print(f"{name} start")
    await asyncio.sleep(delay)
    print(f"{name} end")
    return name

async def main():
    early = asyncio.create_task(job("early", 1))
    print("before gather")
    results = await asyncio.gather(job("g1", 2), job("g2", 1), early)
    print(results)

asyncio.run(main())
