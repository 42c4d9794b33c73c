# Queue: consumers block in get() until a producer puts.
import gevent
from gevent.queue import Queue

q = Queue()


def producer():
    for i in range(4):
        gevent.sleep(0.1)
        print("put", i)
        q.put(i)
    q.put(None)
    q.put(None)


def consumer(name):
    while True:
        item = q.get()
        if item is None:
            print(name, "stops")
            return
        print(name, "got", item)


gevent.joinall([gevent.spawn(consumer, "c1"), gevent.spawn(consumer, "c2"), gevent.spawn(producer)])
