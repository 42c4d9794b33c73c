# Pool.imap_unordered yields results as they complete.
import time
import gevent
from gevent.pool import Pool

start = time.time()


def job(x):
    gevent.sleep(x / 10)
    return x


pool = Pool(2)
for r in pool.imap_unordered(job, [3, 1, 5, 2]):
    print("got", r, "at", round(time.time() - start, 1))
