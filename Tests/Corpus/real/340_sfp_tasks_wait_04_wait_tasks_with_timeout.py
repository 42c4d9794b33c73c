# source: https://github.com/SuperFastPython/PythonAsyncioMastery/blob/master/src/15_tasks_wait/04_wait_tasks_with_timeout.py; changes: random.seed(0) added after the imports (an unseeded run prints different values each time)
# SuperFastPython.com
# example of waiting for all tasks with a timeout
from random import random
from random import seed
seed(0)
import asyncio

# coroutine to execute in a new task
async def task_coro(arg):
    # generate a random value between 0 and 10
    value = random() * 10
    # block for a moment
    await asyncio.sleep(value)
    # report the value
    print(f'>task {arg} done with {value}')

# main coroutine
async def main():
    # create many tasks
    tasks = [asyncio.create_task(
        task_coro(i)) for i in range(10)]
    # wait for all tasks to complete
    done,pending = await asyncio.wait(tasks, timeout=5)
    # report results
    print(f'Done, {len(done)} tasks completed in time')

# start the asyncio event loop
asyncio.run(main())
