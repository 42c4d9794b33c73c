# wait_available blocks until the pool has a free slot.
import time
import gevent
from gevent.pool import Pool

start = time.time()
pool = Pool(2)
pool.spawn(gevent.sleep, 0.3)
pool.spawn(gevent.sleep, 0.5)
print("full:", pool.full())
free = pool.wait_available()
print("slot free at", round(time.time() - start, 1), "free_count:", free)
pool.spawn(gevent.sleep, 0.1)
print("timeout returns:", pool.wait_available(timeout=0.1))
pool.join()
print("joined at", round(time.time() - start, 1))
