# source: https://docs.python.org/3.11/library/asyncio-sync.html (Lock, Semaphore, BoundedSemaphore and Condition usage snippets); changes: the snippets ('access shared state', 'work with shared resource') filled with prints and sleeps, run from three tasks
import asyncio

async def with_lock(lock, name):
    async with lock:
        # access shared state
        print(name, 'has the lock')
        await asyncio.sleep(0.1)

async def acquire_release(lock, name):
    await lock.acquire()
    try:
        print(name, 'has the lock (acquire/release)')
        await asyncio.sleep(0.1)
    finally:
        lock.release()

async def with_sem(sem, name):
    async with sem:
        # work with shared resource
        print(name, 'in the semaphore')
        await asyncio.sleep(0.2)
    print(name, 'left the semaphore')

async def with_cond(cond, name):
    async with cond:
        await cond.wait()
        print(name, 'was notified')

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(with_lock(lock, 'a'), acquire_release(lock, 'b'), with_lock(lock, 'c'))
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(with_sem(sem, n) for n in 'xyz'))
    cond = asyncio.Condition()
    waiters = [asyncio.create_task(with_cond(cond, n)) for n in 'pq']
    await asyncio.sleep(0.1)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*waiters)
    bsem = asyncio.BoundedSemaphore(1)
    await bsem.acquire()
    bsem.release()
    try:
        bsem.release()
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
