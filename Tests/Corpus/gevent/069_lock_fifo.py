# A gevent.lock.Semaphore(1) used as a mutex serves waiters in FIFO order.
import gevent
from gevent.lock import Semaphore

mutex = Semaphore(1)


def critical(n):
    with mutex:
        print("enter", n)
        gevent.sleep(0.1)
        print("leave", n)


gevent.joinall([gevent.spawn(critical, n) for n in range(4)])
