# recorded with: record.py --threads 0.05 (worker threads sleep side by side)
import asyncio
import concurrent.futures
import time


def blocking(n):
    time.sleep(0.1 * n)
    return n * 10


def fails():
    raise KeyError('k')


async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        r = await loop.run_in_executor(pool, blocking, 1)
        print('one', r)
        rs = await asyncio.gather(*(loop.run_in_executor(pool, blocking, n) for n in (3, 1, 2)))
        print('gather', rs)
        cf = pool.submit(blocking, 2)
        print('wrap_future', await asyncio.wrap_future(cf), cf.done())
        f = loop.run_in_executor(pool, blocking, 5)
        print(type(f).__name__, asyncio.isfuture(f), asyncio.isfuture(cf))
        try:
            await asyncio.wait_for(f, 0.2)
        except asyncio.TimeoutError:
            print('timed out, cancelled:', f.cancelled())
        await asyncio.sleep(0.35)
    print('pool shut down')
    try:
        await loop.run_in_executor(pool, blocking, 1)
    except RuntimeError as e:
        print(e)
    with concurrent.futures.ThreadPoolExecutor() as pool:
        try:
            await loop.run_in_executor(pool, fails)
        except KeyError as e:
            print('raised', repr(e))
        print(await loop.run_in_executor(None, blocking, 1))


asyncio.run(main())
