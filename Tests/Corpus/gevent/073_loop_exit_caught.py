# Waiting on something nobody will ever set, with nothing else scheduled,
# raises LoopExit ("This operation would block forever") in the waiter.
import gevent
from gevent.event import Event
from gevent.exceptions import LoopExit

evt = Event()
gevent.spawn_later(0.2, print, "last timer fires")
print("waiting on an event nobody sets")
try:
    evt.wait()
except LoopExit:
    print("LoopExit raised once the loop had nothing left to run")
print("is_set:", evt.is_set())
