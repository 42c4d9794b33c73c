# A Semaphore(2) lets two workers in at a time; waiters enter FIFO.
import time
import gevent
from gevent.lock import Semaphore

start = time.time()
sem = Semaphore(2)


def worker(n):
    print("worker", n, "waiting")
    with sem:
        print("worker", n, "acquired at", round(time.time() - start, 1))
        gevent.sleep(0.2)
    print("worker", n, "released")


gevent.joinall([gevent.spawn(worker, n) for n in range(5)])
print("counter:", sem.counter)
