# Pool(2).spawn blocks the caller while the pool is full.
import time
import gevent
from gevent.pool import Pool

start = time.time()
pool = Pool(2)


def job(n):
    print("job", n, "start at", round(time.time() - start, 1))
    gevent.sleep(0.5)
    print("job", n, "end at", round(time.time() - start, 1))


for n in range(5):
    pool.spawn(job, n)
    print("spawned", n, "at", round(time.time() - start, 1), "free:", pool.free_count())
pool.join()
print("total", round(time.time() - start, 1))
