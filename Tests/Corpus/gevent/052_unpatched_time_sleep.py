# Without monkey patching, time.sleep blocks the whole thread: no other
# greenlet can run, so the tasks run one after another.
import time
import gevent

start = time.time()


def task(n):
    print("task", n, "start at", round(time.time() - start, 1))
    time.sleep(1)
    print("task", n, "end at", round(time.time() - start, 1))


gevent.joinall([gevent.spawn(task, n) for n in range(3)])
print("total", time.time() - start)
