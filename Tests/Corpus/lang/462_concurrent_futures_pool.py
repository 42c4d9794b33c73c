# recorded with: record.py --threads 0.05 (worker threads sleep side by side)
import concurrent.futures
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED, FIRST_EXCEPTION
import time


def work(n):
    time.sleep(0.1 * n)
    if n == 3:
        raise ValueError('bad %d' % n)
    return n * n


def show(f):
    if f.cancelled():
        return 'cancelled'
    e = f.exception()
    return 'raised %r' % (e,) if e is not None else 'returned %r' % (f.result(),)


with ThreadPoolExecutor(max_workers=2) as ex:
    futures = [ex.submit(work, n) for n in (5, 1, 2, 3)]
    print('submitted', [f.done() for f in futures], [f.running() for f in futures])
    futures[1].add_done_callback(lambda f: print('callback in the worker:', f.result()))
    for f in as_completed(futures):
        print('as_completed:', show(f))
    print('all done', [f.done() for f in futures])

with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(work, n) for n in (4, 2, 6)]
    done, not_done = wait(fs, return_when=FIRST_COMPLETED)
    print('first completed:', sorted(show(f) for f in done), len(not_done))
    done, not_done = wait(fs, timeout=0.1)
    print('after a 0.1 s timeout:', len(done), len(not_done))
    done, not_done = wait(fs)
    print('all completed:', sorted(show(f) for f in done), len(not_done))
    fs = [ex.submit(work, n) for n in (1, 3, 5)]
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    print('first exception:', sorted(show(f) for f in done), len(not_done))

with ThreadPoolExecutor(max_workers=2) as ex:
    for r in ex.map(work, [2, 1, 4]):
        print('map:', r)
    try:
        for r in ex.map(work, [1, 4], timeout=0.25):
            print('map with timeout:', r)
    except TimeoutError as e:
        print('map timed out:', type(e).__name__)

with ThreadPoolExecutor(max_workers=1) as ex:
    a = ex.submit(work, 2)
    b = ex.submit(work, 1)
    c = ex.submit(work, 1)
    print('cancel queued:', b.cancel(), b.cancelled(), b.done(), 'cancel running:', a.cancel())
    try:
        a.result(timeout=0.05)
    except TimeoutError:
        print('result timed out, running:', a.running())
    try:
        b.result()
    except concurrent.futures.CancelledError as e:
        print('cancelled future raises', type(e).__module__, type(e).__name__)
    print(a.result(), c.result())
    d = ex.submit(work, 2)
    e = ex.submit(work, 1)
    ex.shutdown(wait=False, cancel_futures=True)
    print('shutdown(cancel_futures=True):', d.cancelled(), e.cancelled())
    try:
        ex.submit(work, 1)
    except RuntimeError as err:
        print(err)
print('after the with block:', d.done(), d.cancelled())

ex = ThreadPoolExecutor(max_workers=2)
f = ex.submit(work, 3)
g = ex.submit(work, 1)
time.sleep(0.2)
print('main slept 0.2 s:', f.done(), g.done())
ex.shutdown()
print('shutdown waited:', show(f))
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as err:
    print(err)
