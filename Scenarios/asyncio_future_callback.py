# A bare Future is resolved by a call_later timer callback after 1.0 s; two tasks await
# the same future and both wake up with its value. In the timeline, see both tasks block
# at t=0, the timer fire at t=1.0, then the done callback and the two tasks run in order.
import asyncio


def resolve(fut, value):
    print("timer: set_result", value)
    fut.set_result(value)


async def waiter(name, fut):
    print(f"{name}: waiting for the future")
    value = await fut
    print(f"{name}: got {value}")
    return value


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("done callback: result", f.result()))
    loop.call_later(1.0, resolve, fut, 42)
    print("main: future pending:", not fut.done())
    results = await asyncio.gather(waiter("A", fut), waiter("B", fut))
    print("main: both waiters got", results)
    print(f"main: finished at {loop.time():.1f} s")


asyncio.run(main())
