# Semaphore.counter and wait(): wait blocks until the counter is positive
# without taking it.
import gevent
from gevent.lock import Semaphore

sem = Semaphore(0)


def waiter(n):
    print("waiter", n, "wait() returned", sem.wait())


def taker(n):
    sem.acquire()
    print("taker", n, "acquired")


gevent.spawn(waiter, 1)
gevent.spawn(taker, 1)
gevent.spawn(taker, 2)
gevent.sleep(0.1)
print("counter:", sem.counter)
sem.release()
gevent.sleep(0.1)
print("after one release, counter:", sem.counter)
sem.release()
gevent.sleep(0.1)
print("counter:", sem.counter)
