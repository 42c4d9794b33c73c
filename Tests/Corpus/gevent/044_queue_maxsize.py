# Queue(maxsize=2): put blocks while the queue is full.
import time
import gevent
from gevent.queue import Queue

start = time.time()
q = Queue(maxsize=2)


def producer():
    for i in range(5):
        q.put(i)
        print("put", i, "at", round(time.time() - start, 1), "qsize", q.qsize())
    print("producer done")


def consumer():
    for _ in range(5):
        gevent.sleep(0.2)
        print("got", q.get(), "at", round(time.time() - start, 1))


gevent.joinall([gevent.spawn(producer), gevent.spawn(consumer)])
print("full:", q.full(), "empty:", q.empty())
