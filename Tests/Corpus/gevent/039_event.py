# Event.set wakes every waiter, in the order they started waiting.
import gevent
from gevent.event import Event

evt = Event()


def waiter(n):
    print("waiter", n, "waiting")
    evt.wait()
    print("waiter", n, "woke up")


def setter():
    gevent.sleep(0.3)
    print("setter: set")
    evt.set()
    print("setter: after set, is_set =", evt.is_set())


gevent.joinall([gevent.spawn(waiter, 1), gevent.spawn(setter), gevent.spawn(waiter, 2), gevent.spawn(waiter, 3)])
print("wait on a set event returns:", evt.wait())
