# source: https://docs.python.org/3.11/library/asyncio-task.html (Timeouts: asyncio.timeout_at); changes: long_running_task (left undefined in the docs) defined as a one-hour sleep; imports and asyncio.run(main()) added
import asyncio
from asyncio import get_running_loop

async def long_running_task():
    await asyncio.sleep(3600)

async def main():
    loop = get_running_loop()
    deadline = loop.time() + 20
    try:
        async with asyncio.timeout_at(deadline):
            await long_running_task()
    except TimeoutError:
        print("The long operation timed out, but we've handled it.")

    print("This statement will run regardless.")

asyncio.run(main())
