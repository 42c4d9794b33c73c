# call_at and add_timeout take absolute IOLoop.time() deadlines;
# add_timeout also accepts a timedelta.
import datetime
from tornado.ioloop import IOLoop

loop = IOLoop.current()
t0 = loop.time()


def say(msg):
    print(msg, "at", round(loop.time() - t0, 1))


loop.call_at(t0 + 0.3, say, "call_at +0.3")
loop.add_timeout(t0 + 0.1, say, "add_timeout +0.1")
loop.add_timeout(datetime.timedelta(seconds=0.2), say, "add_timeout timedelta 0.2")
loop.call_at(t0 + 0.4, loop.stop)
loop.start()
print("stopped")
