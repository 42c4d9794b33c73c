# Pool.imap yields results lazily, in input order.
import time
import gevent
from gevent.pool import Pool

start = time.time()


def job(x):
    gevent.sleep(x / 10)
    return x


pool = Pool(4)
for r in pool.imap(job, [3, 1, 4, 2]):
    print("imap got", r, "at", round(time.time() - start, 1))
