# Timers started while the hub runs its callback queue (a freshly spawned
# greenlet's first run, a sleep(0) resume, a wake-up by an Event) refresh
# the loop time first, so equal delays fire FIFO.
import gevent
from gevent.event import Event

go = Event()


def from_spawn(i):
    gevent.spawn_later(0.1, print, "from first run", i)


def from_event(i):
    go.wait()
    gevent.spawn_later(0.1, print, "from event wake-up", i)


for i in range(5):
    gevent.spawn(from_spawn, i)
gevent.sleep(0.2)
for i in range(5):
    gevent.spawn(from_event, i)
gevent.sleep(0)
go.set()
gevent.sleep(0.2)
print("done")
