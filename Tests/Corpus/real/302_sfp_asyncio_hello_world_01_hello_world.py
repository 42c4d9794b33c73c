# source: https://github.com/SuperFastPython/PythonAsyncioMastery/blob/master/src/04_asyncio_hello_world/01_hello_world.py; changes: none
# SuperFastPython.com
# hello world program for asyncio
import asyncio

# define a coroutine
async def main():
	# report a message
    print('Hello world')

# start the asyncio event loop
asyncio.run(main())
