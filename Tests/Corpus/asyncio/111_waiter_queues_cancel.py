import asyncio
import time

# Waiters of Semaphore, Lock, Condition and Queue are deques: cancelling waiters in the
# middle removes them from the middle; the rest are still woken in FIFO order.

start = time.monotonic()


def stamp(*args):
    print("%.2f" % (time.monotonic() - start), *args)


async def holder(sem, name):
    try:
        async with sem:
            stamp(name, "acquired")
            await asyncio.sleep(0.1)
        stamp(name, "released")
    except asyncio.CancelledError:
        stamp(name, "cancelled while waiting")
        raise


async def semaphore_demo():
    sem = asyncio.Semaphore(2)
    tasks = [asyncio.create_task(holder(sem, "s%d" % i)) for i in range(8)]
    await asyncio.sleep(0.05)
    print("locked:", sem.locked())
    for i in (3, 5, 2):
        tasks[i].cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in results], sem.locked())


async def lock_demo():
    lock = asyncio.Lock()
    order = []

    async def user(name, hold):
        try:
            async with lock:
                order.append(name)
                await asyncio.sleep(hold)
        except asyncio.CancelledError:
            order.append(name + " cancelled")

    await lock.acquire()
    tasks = [asyncio.create_task(user("l%d" % i, 0.01 * i)) for i in range(6)]
    await asyncio.sleep(0)
    tasks[0].cancel()
    tasks[4].cancel()
    await asyncio.sleep(0)
    lock.release()
    await asyncio.gather(*tasks)
    stamp("lock order", order, lock.locked())


async def condition_demo():
    cond = asyncio.Condition()
    woken = []

    async def waiter(name):
        async with cond:
            await cond.wait()
            woken.append(name)

    tasks = [asyncio.create_task(waiter("c%d" % i)) for i in range(5)]
    await asyncio.sleep(0)
    tasks[1].cancel()
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks, return_exceptions=True)
    stamp("condition", woken)


async def queue_demo():
    q = asyncio.Queue(maxsize=1)
    got = []

    async def getter(name):
        got.append((name, await q.get()))

    getters = [asyncio.create_task(getter("g%d" % i)) for i in range(5)]
    await asyncio.sleep(0)
    getters[0].cancel()
    getters[2].cancel()
    for item in "abc":
        await q.put(item)
        await asyncio.sleep(0.01)
    await asyncio.gather(*getters, return_exceptions=True)
    stamp("getters", got)
    await q.put("x")
    putters = [asyncio.create_task(q.put(v)) for v in "yzw"]
    await asyncio.sleep(0)
    putters[1].cancel()
    await asyncio.sleep(0)
    drained = [q.get_nowait()]
    await asyncio.sleep(0)
    drained.append(q.get_nowait())
    await asyncio.sleep(0)
    drained.append(q.get_nowait())
    stamp("drained", drained, q.empty())


async def main():
    await semaphore_demo()
    await lock_demo()
    await condition_demo()
    await queue_demo()


asyncio.run(main())
