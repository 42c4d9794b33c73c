# spawn_later(seconds, f) starts f after the delay.
import time
import gevent

start = time.time()


def hello(name):
    print(name, "at", round(time.time() - start, 1))


gevent.spawn_later(0.3, hello, "third")
gevent.spawn_later(0.1, hello, "first")
gevent.spawn_later(0.2, hello, "second")
gevent.spawn(hello, "immediate")
print("main sleeps")
gevent.sleep(0.5)
print("main done at", round(time.time() - start, 1))
