# source: https://github.com/SuperFastPython/PythonAsyncioMastery/blob/master/src/04_asyncio_hello_world/05_hello_world_sleep_await.py; changes: none
# SuperFastPython.com
# hello world program for asyncio that sleeps
import asyncio

# define a coroutine
async def main():
    # block
    await asyncio.sleep(1)
    # report a message
    print('Hello world')

# start the asyncio event loop
asyncio.run(main())
