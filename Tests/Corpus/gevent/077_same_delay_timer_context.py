# Greenlets woken by timers in the same loop iteration share the loop's
# cached time too: spawn_later(0.1) from each gives equal deadlines, fired
# in libev heap order (0 5 4 3 2 1 here). gevent.sleep() refreshes the loop
# time before starting its timer, so plain sleeps keep FIFO order.
import gevent


def from_timer(i):
    gevent.sleep(0.1)
    gevent.spawn_later(0.1, print, "spawn_later from woken greenlet", i)


def sleeper(i):
    gevent.sleep(0.1)
    gevent.sleep(0.1)
    print("second sleep of", i)


for i in range(6):
    gevent.spawn(from_timer, i)
gevent.sleep(0.5)
print("--")
for i in range(6):
    gevent.spawn(sleeper, i)
gevent.sleep(0.5)
