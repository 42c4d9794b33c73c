# Event.wait(timeout) returns the flag; clear() resets it.
import gevent
from gevent.event import Event

evt = Event()
print("wait 0.2 ->", evt.wait(0.2))
gevent.spawn_later(0.1, evt.set)
print("wait 1 ->", evt.wait(1))
evt.clear()
print("after clear:", evt.is_set())
print("wait 0.1 ->", evt.wait(timeout=0.1))
