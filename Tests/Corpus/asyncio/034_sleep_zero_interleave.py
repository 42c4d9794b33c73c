import asyncio

async def counter(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "done")

async def main():
    await asyncio.gather(counter("A", 3), counter("B", 2), counter("C", 4))

asyncio.run(main())
