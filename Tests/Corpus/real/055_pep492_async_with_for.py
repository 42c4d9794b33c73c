# source: https://peps.python.org/pep-0492/ (Asynchronous Context Managers and Asynchronous Iterators: AsyncContextManager, Cursor-like Ticker); changes: the elided bodies filled with sleeps and prints; a main() added
import asyncio

class AsyncContextManager:
    async def __aenter__(self):
        await asyncio.sleep(0.1)
        print('entering context')

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.1)
        print('exiting context')

class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await asyncio.sleep(0.1)
        self.i += 1
        return self.i

async def main():
    async with AsyncContextManager():
        print('body')
    async for row in Ticker(3):
        print(row)

asyncio.run(main())
