# A BoundedSemaphore(3) caps open "connections" at three: the other workers wait in
# FIFO order in acquire(), and releasing more than acquired raises ValueError.
# In the timeline, never more than three workers sleep at once; each waiter starts on a release.
import time

import gevent
from gevent.lock import BoundedSemaphore

DURATIONS = [0.5, 0.2, 0.7, 0.4, 0.3, 0.3]
sem = BoundedSemaphore(3)
active = []
start = time.time()


def worker(n):
    with sem:
        active.append(n)
        print(f"{time.time() - start:.1f}s worker {n} connected, open: {active}")
        gevent.sleep(DURATIONS[n])
        active.remove(n)
    print(f"{time.time() - start:.1f}s worker {n} closed")


gevent.joinall([gevent.spawn(worker, n) for n in range(len(DURATIONS))])
print(f"{time.time() - start:.1f}s all done, free slots: {sem.counter}")
try:
    sem.release()
except ValueError as e:
    print("one release too many:", e)
