# source: https://github.com/SuperFastPython/PythonAsyncioJumpStart/blob/master/src/lesson01_hello_world.py; changes: none
# SuperFastPython.com
# example of a hello world program for asyncio
import asyncio

# define a coroutine
async def custom_coroutine():
	# report a message
    print('Hello world')

# execute the coroutine
asyncio.run(custom_coroutine())
