import asyncio


class CountingSemaphore(asyncio.Semaphore):
    acquired = 0

    async def acquire(self):
        CountingSemaphore.acquired += 1
        return await super().acquire()


class LoudLock(asyncio.Lock):
    def release(self):
        print("  loud release")
        super().release()


async def worker(name, sem, delay, log):
    async with sem:
        log.append(f"{name} in, value={sem._value}, locked={sem.locked()}")
        await asyncio.sleep(delay)
    log.append(f"{name} out, value={sem._value}")


async def canceller(sem):
    r = await sem.acquire()
    print("canceller acquired", r, sem._value)
    await asyncio.sleep(0.5)
    sem.release()


async def main():
    log = []
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(worker(f"w{i}", sem, 0.1 * (i % 3 + 1), log) for i in range(6)))
    print("\n".join(log))
    print("final", sem._value, sem.locked())

    # cancellation of a waiter, then of a woken waiter
    sem = asyncio.Semaphore(1)
    holder = asyncio.create_task(canceller(sem))
    await asyncio.sleep(0)
    waiters = [asyncio.create_task(worker(f"c{i}", sem, 0.1, log)) for i in range(3)]
    await asyncio.sleep(0.1)
    waiters[0].cancel()
    await asyncio.sleep(0.5)
    waiters[1].cancel()
    res = await asyncio.gather(*waiters, holder, return_exceptions=True)
    print([type(r).__name__ for r in res], sem._value, len(sem._waiters or ()))

    # bounded semaphore
    b = asyncio.BoundedSemaphore(1)
    async with b:
        print("in bounded", b._value, b.locked())
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    r = await b.acquire()
    print("bounded acquire returned", r)
    b.release()

    # subclasses keep their overrides
    cs = CountingSemaphore(1)
    async def use(i):
        async with cs:
            await asyncio.sleep(0.01)
            print("cs", i, cs._value)
    await asyncio.gather(*(use(i) for i in range(3)))
    print("acquired via override", CountingSemaphore.acquired)

    lock = asyncio.Lock()
    print(lock.locked(), repr(lock)[-10:])
    async def locker(i):
        async with lock:
            print("lock", i, lock.locked())
            await asyncio.sleep(0.05)
    await asyncio.gather(*(locker(i) for i in range(3)))
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    loud = LoudLock()
    async with loud:
        print("in loud")
    print(await loud.acquire(), loud.locked())
    loud.release()

    # lock waiter cancelled
    lock2 = asyncio.Lock()
    await lock2.acquire()
    t = asyncio.create_task(lock2.acquire())
    t2 = asyncio.create_task(lock2.acquire())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    lock2.release()
    await asyncio.sleep(0)
    print(t.cancelled(), t2.done(), t2.result() if t2.done() else None, lock2.locked())
    print(asyncio.iscoroutine(lock2.acquire.__self__ and sem.acquire()) if False else "ok")


asyncio.run(main())
