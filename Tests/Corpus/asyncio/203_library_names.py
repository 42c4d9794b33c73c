import asyncio


def head(obj):
    return repr(obj).split(' at ')[0]


async def main():
    q = asyncio.Queue()
    lock, sem, ev = asyncio.Lock(), asyncio.Semaphore(), asyncio.Event()
    for coro in (asyncio.sleep(0), q.get(), q.put(1), q.join(), lock.acquire(), sem.acquire(), ev.wait()):
        print(head(coro))
    for cls in (asyncio.Lock, asyncio.Event, asyncio.Condition, asyncio.Semaphore, asyncio.BoundedSemaphore,
                asyncio.Queue, asyncio.PriorityQueue, asyncio.LifoQueue, asyncio.QueueEmpty, asyncio.QueueFull,
                asyncio.Barrier, asyncio.BrokenBarrierError, asyncio.Runner, asyncio.TaskGroup, asyncio.Timeout,
                asyncio.CancelledError, asyncio.InvalidStateError, asyncio.LimitOverrunError):
        print(cls.__module__, cls.__qualname__, cls)
    print(head(lock), head(asyncio.Barrier(2)), head(asyncio.get_running_loop().create_future()))
    t = asyncio.create_task(q.get(), name='getter')
    await asyncio.sleep(0)
    print(repr(t).split(' coro=')[0], t.get_coro().__qualname__ if hasattr(t.get_coro(), '__qualname__') else '')
    t.cancel()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print(type(e))


asyncio.run(main())
