# source: https://docs.python.org/3.11/library/asyncio-dev.html (Detect never-awaited coroutines); changes: none
import asyncio

async def test():
    print("never scheduled")

async def main():
    test()

asyncio.run(main())
