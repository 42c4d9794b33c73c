# The main greenlet's timers: before main first blocks, the hub has not run
# and timers use the cached loop time (equal deadlines, libev heap order);
# after gevent.sleep(0) main is resumed from the hub's callback phase, where
# each timer start refreshes the loop time (distinct deadlines, FIFO).
import gevent

for i in range(5):
    gevent.spawn_later(0.1, print, "started before the first yield", i)
gevent.sleep(0)
for i in range(5):
    gevent.spawn_later(0.2, print, "started after sleep(0)", i)
gevent.sleep(0.3)
print("main done")
