# source: https://peps.python.org/pep-0525/ (Rationale and Goals: ticker); changes: a main() that iterates it added
import asyncio

async def ticker(delay, to):
    """Yield numbers from 0 to *to* every *delay* seconds."""
    for i in range(to):
        yield i
        await asyncio.sleep(delay)

async def main():
    async for i in ticker(0.5, 4):
        print(i)

asyncio.run(main())
