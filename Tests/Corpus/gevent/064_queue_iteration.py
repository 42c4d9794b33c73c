# Iterating a Queue until a StopIteration item is put.
import gevent
from gevent.queue import Queue

q = Queue()


def feed():
    for word in ("alpha", "beta", "gamma"):
        q.put(word)
        gevent.sleep(0.1)
    q.put(StopIteration)


gevent.spawn(feed)
for word in q:
    print("read", word)
print("queue closed")
