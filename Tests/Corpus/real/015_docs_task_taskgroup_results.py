# source: https://docs.python.org/3.11/library/asyncio-task.html (Task Groups); changes: some_coro/another_coro (placeholders in the docs) defined as short sleeps returning a value; asyncio.run(main()) added
import asyncio

async def some_coro(x):
    await asyncio.sleep(1)
    return x * 2

async def another_coro(x):
    await asyncio.sleep(2)
    return x + 1

async def main():
    async with asyncio.TaskGroup() as tg:
        task1 = tg.create_task(some_coro(21))
        task2 = tg.create_task(another_coro(41))
    print(f"Both tasks have completed now: {task1.result()}, {task2.result()}")

asyncio.run(main())
