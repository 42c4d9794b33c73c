import asyncio

async def compute(x):
    await asyncio.sleep(0.5)
    return x * 2

async def main():
    a = await compute(10)
    b = await compute(a)
    print("a =", a, "b =", b)
    return a + b

result = asyncio.run(main())
print("run returned", result)
