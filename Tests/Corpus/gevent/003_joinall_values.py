# joinall waits for every greenlet; value holds each return value.
import time
import gevent


def fetch(n, delay):
    print("fetch", n, "start")
    gevent.sleep(delay)
    print("fetch", n, "end")
    return n * 10


start = time.time()
jobs = [gevent.spawn(fetch, i, d) for i, d in enumerate([0.3, 0.1, 0.2])]
gevent.joinall(jobs)
print([g.value for g in jobs])
print("elapsed", time.time() - start)
