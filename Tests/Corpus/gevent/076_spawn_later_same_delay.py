# spawn_later timers started from the main greenlet before it blocks all get
# the same deadline (libev's cached loop time + delay), and libev's 4-ary
# timer heap then fires equal deadlines in heap order, not FIFO: 0 1 5 4 3 2.
import gevent

for i in range(6):
    gevent.spawn_later(0.1, print, "later", i)
gevent.sleep(0.2)
print("main done")
