# acquire(timeout=...) returns False if the semaphore stays taken;
# acquire(blocking=False) returns at once.
import gevent
from gevent.lock import Semaphore

sem = Semaphore(1)


def holder():
    sem.acquire()
    print("holder has it")
    gevent.sleep(0.5)
    sem.release()
    print("holder released")


gevent.spawn(holder)
gevent.sleep(0)
print("non-blocking:", sem.acquire(blocking=False))
print("timeout 0.2:", sem.acquire(timeout=0.2))
print("timeout 0.5:", sem.acquire(timeout=0.5))
print("counter:", sem.counter, "locked:", sem.locked())
sem.release()
print("counter:", sem.counter, "locked:", sem.locked())
