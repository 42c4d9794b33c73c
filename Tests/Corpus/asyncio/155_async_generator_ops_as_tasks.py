# The awaitables of async generator operations go wherever asyncio takes a coroutine:
# wait_for, gather, create_task, ensure_future.
import asyncio


async def slow_numbers(delay):
    n = 0
    while True:
        await asyncio.sleep(delay)
        yield n
        n += 1


async def main():
    loop = asyncio.get_running_loop()
    fast = slow_numbers(0.5)
    print("wait_for:", await asyncio.wait_for(anext(fast), 1), "at", loop.time())
    try:
        await asyncio.wait_for(anext(slow_numbers(5)), 1)
    except TimeoutError:
        print("timed out at", loop.time())
    print("gather:", await asyncio.gather(anext(fast), anext(slow_numbers(1))), "at", loop.time())
    task = asyncio.create_task(fast.asend(None))
    print("task:", await task, asyncio.iscoroutine(anext(fast)))
    print("ensure_future:", await asyncio.ensure_future(anext(fast)), "at", loop.time())
    await fast.aclose()


asyncio.run(main())
