# PeriodicCallback runs every callback_time milliseconds until stopped.
import time
from tornado.ioloop import IOLoop, PeriodicCallback

start = time.time()
count = 0


def tick():
    global count
    count += 1
    print("tick", count, "at", round(time.time() - start, 1))
    if count == 3:
        pc.stop()
        IOLoop.current().call_later(0.5, IOLoop.current().stop)


pc = PeriodicCallback(tick, 200)
pc.start()
print("running:", pc.is_running())
IOLoop.current().start()
print("running:", pc.is_running(), "ticks:", count)
