import asyncio

async def leaf(name, d):
    await asyncio.sleep(d)
    print("leaf", name)
    return name

async def branch(prefix):
    return await asyncio.gather(leaf(prefix + "1", 2), leaf(prefix + "2", 1))

async def main():
    result = await asyncio.gather(branch("A"), branch("B"), leaf("C", 1.5))
    print(result)
    print(await asyncio.gather())

asyncio.run(main())
