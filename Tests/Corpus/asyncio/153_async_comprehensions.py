# Asynchronous comprehensions: async for and await inside list, set, dict comprehensions
# and async generator expressions.
import asyncio


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0.1)
        yield i


async def square(x):
    await asyncio.sleep(0.2)
    return x * x


async def main():
    loop = asyncio.get_running_loop()
    print([x async for x in numbers(4)])
    print({x % 2 async for x in numbers(5)})
    print({x: str(x) async for x in numbers(3) if x != 1})
    print([await square(x) for x in range(3)], "at", round(loop.time(), 1))
    print([await square(x) async for x in numbers(3) if x > 0])
    print([(x, y) async for x in numbers(2) for y in "ab"])
    print([[await square(y) for y in range(x)] for x in range(3)])
    print([y for x in [[1, 2], [3]] async for y in numbers(x[0] + 1)])

    gen = (x * 10 async for x in numbers(3))
    print(type(gen).__name__)
    print([v async for v in gen])

    awaited = (await square(x) for x in range(3))
    print(type(awaited).__name__, [v async for v in awaited])

    # An exception inside an async comprehension propagates.
    async def failing():
        yield 1
        raise ValueError("stream broke")

    try:
        print([x async for x in failing()])
    except ValueError as e:
        print("ValueError:", e)

    results = await asyncio.gather(*[square(x) for x in range(4)])
    print(results, "at", round(loop.time(), 1))


asyncio.run(main())
