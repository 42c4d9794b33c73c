import asyncio

async def task(sem, name, arrive, hold):
    await asyncio.sleep(arrive)
    print(f"{name} arrives")
    async with sem:
        print(f"{name} enters")
        await asyncio.sleep(hold)
        print(f"{name} leaves")

async def main():
    sem = asyncio.Semaphore(2)
    specs = [("a", 0, 3.2), ("b", 0, 1), ("c", 0.5, 1), ("d", 0.6, 1), ("e", 0.7, 0.5)]
    await asyncio.gather(*(task(sem, *s) for s in specs))

asyncio.run(main())
