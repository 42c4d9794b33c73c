# source: https://github.com/SuperFastPython/PythonAsyncioMastery/blob/master/src/03_asyncio_coroutines/01_check_coroutine_type.py; changes: none
# SuperFastPython.com
# check the type of a coroutine

# define a coroutine
async def custom_coro():
    pass

# create the coroutine
coro = custom_coro()
# check the type of the coroutine
print(type(coro))
