# source: https://docs.python.org/3.11/library/asyncio-runner.html (asyncio.run); changes: none
import asyncio

async def main():
    await asyncio.sleep(1)
    print('hello')

asyncio.run(main())
