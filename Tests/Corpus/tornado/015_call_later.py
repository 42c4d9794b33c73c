# call_later timers fire in deadline order; call_later returns a handle that
# remove_timeout can cancel.
import time
from tornado.ioloop import IOLoop

start = time.time()
loop = IOLoop.current()


def say(msg):
    print(msg, "at", round(time.time() - start, 1))


loop.call_later(0.3, say, "third")
loop.call_later(0.1, say, "first")
h = loop.call_later(0.2, say, "cancelled")
loop.call_later(0.2, say, "second")
loop.remove_timeout(h)
loop.call_later(0.4, loop.stop)
loop.start()
print("loop stopped at", round(time.time() - start, 1))
