# Waking waiters: set() schedules them; the setter keeps running until it
# blocks, then the waiters run in waiting order.
import gevent
from gevent.event import Event

evt = Event()


def waiter(n):
    evt.wait()
    print("waiter", n, "runs")


for n in range(3):
    gevent.spawn(waiter, n)
gevent.sleep(0)
print("main: set")
evt.set()
print("main: still running after set")
gevent.sleep(0)
print("main: back after sleep(0)")
