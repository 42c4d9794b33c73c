# source: https://github.com/realpython/materials/blob/master/python-async-iterators/async_range_v3.py; changes: none
import asyncio


async def async_range(start, end):
    for i in range(start, end):
        await asyncio.sleep(0.5)
        yield i


async def main():
    async for i in async_range(0, 5):
        print(i)


asyncio.run(main())
