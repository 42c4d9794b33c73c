# BoundedSemaphore refuses a release above its initial value.
from gevent.lock import BoundedSemaphore, Semaphore

b = BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
s = Semaphore(2)
s.release()
print("plain semaphore counter:", s.counter)
print("bounded counter:", b.counter)
