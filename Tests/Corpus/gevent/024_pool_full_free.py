# full() and free_count() as greenlets enter and leave a Pool.
import gevent
from gevent.pool import Pool

pool = Pool(3)


def job(d):
    gevent.sleep(d)


print("empty: full =", pool.full(), "free =", pool.free_count(), "len =", len(pool))
pool.spawn(job, 0.1)
pool.spawn(job, 0.2)
print("two:", pool.full(), pool.free_count(), len(pool))
pool.spawn(job, 0.3)
print("three:", pool.full(), pool.free_count(), len(pool))
gevent.sleep(0.15)
print("after 0.15:", pool.full(), pool.free_count(), len(pool))
pool.join()
print("joined:", pool.full(), pool.free_count(), len(pool))
