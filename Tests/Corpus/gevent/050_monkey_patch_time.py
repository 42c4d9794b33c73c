# After monkey.patch_time(), time.sleep is gevent.sleep: greenlets overlap.
from gevent import monkey
monkey.patch_time()
import time
import gevent

start = time.time()


def task(n):
    print("task", n, "start")
    time.sleep(1)
    print("task", n, "end at", round(time.time() - start, 1))


gevent.joinall([gevent.spawn(task, n) for n in range(3)])
print("total", time.time() - start)
