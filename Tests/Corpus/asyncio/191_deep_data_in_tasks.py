# Deep data inside tasks: RecursionError is an ordinary exception of the task.
import asyncio


def nest(n):
    x = []
    for _ in range(n):
        x = [x]
    return x


async def show(name, depth):
    await asyncio.sleep(depth / 100000)
    data = nest(depth)
    try:
        text = repr(data)
        print(name, "repr length", len(text))
    except RecursionError as e:
        print(name, type(e).__name__, e)
    return data == nest(depth)


async def main():
    results = await asyncio.gather(show("small", 10), show("deep", 50000), return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)
    chain = None
    for i in range(100000):
        chain = (i, chain)
    await asyncio.sleep(0.1)
    print("chain built")
    chain = None
    print("chain freed")


asyncio.run(main())
