# source: https://docs.python.org/3.6/library/asyncio-task.html (Example: Hello World coroutine); changes: none
import asyncio

async def hello_world():
    print("Hello World!")

loop = asyncio.get_event_loop()
# Blocking call which returns when the hello_world() coroutine is done
loop.run_until_complete(hello_world())
loop.close()
