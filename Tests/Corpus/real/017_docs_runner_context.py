# source: https://docs.python.org/3.11/library/asyncio-runner.html (Runner context manager); changes: the main() of the asyncio.run example added
import asyncio

async def main():
    await asyncio.sleep(1)
    print('hello')

with asyncio.Runner() as runner:
    runner.run(main())
