# source: https://docs.python.org/3.11/library/asyncio-task.html (Coroutines, first example); changes: none
import asyncio

async def main():
    print('hello')
    await asyncio.sleep(1)
    print('world')

asyncio.run(main())
