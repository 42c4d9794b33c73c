# source: https://peps.python.org/pep-0530/ (Asynchronous Comprehensions); changes: the aiter/fun placeholders defined as an async generator and a coroutine; a main() added
import asyncio

async def aiter():
    for i in range(6):
        await asyncio.sleep(0.1)
        yield i

async def fun():
    await asyncio.sleep(0.1)
    return 'fun'

async def main():
    result = [i async for i in aiter() if i % 2]
    print(result)
    result = [await fun() for fun in (fun, fun)]
    print(result)

asyncio.run(main())
