# Modelled HTTP requests limited by a Semaphore(2) instead of a pool:
# every greenlet exists at once, only two are "on the wire".
import time
import gevent
from gevent.lock import BoundedSemaphore

start = time.time()
limit = BoundedSemaphore(2)


def fetch(i, latency):
    with limit:
        print("request", i, "sent at", round(time.time() - start, 1))
        gevent.sleep(latency)
    print("response", i, "at", round(time.time() - start, 1))
    return i


jobs = [gevent.spawn(fetch, i, lat) for i, lat in enumerate([0.3, 0.4, 0.2, 0.2, 0.3])]
for g in gevent.iwait(jobs):
    print("handled", g.value)
print("total:", round(time.time() - start, 1))
