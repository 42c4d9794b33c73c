# RLock can be acquired again by its owner; others wait for the last release.
import gevent
from gevent.lock import RLock

lock = RLock()


def outer(name):
    with lock:
        print(name, "outer")
        inner(name)
        gevent.sleep(0.1)
    print(name, "left")


def inner(name):
    with lock:
        print(name, "inner (reentrant)")
        gevent.sleep(0.1)


gevent.joinall([gevent.spawn(outer, "A"), gevent.spawn(outer, "B")])
print("done")
