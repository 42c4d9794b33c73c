# gevent.event.AsyncResult works like a future: greenlets block in get() until another
# greenlet calls set(); set() does not switch, the waiters run once the setter blocks.
# In the timeline, two readers wait from t=0, the producer sets the value at t=1.0.
import time

import gevent
from gevent.event import AsyncResult

start = time.time()
result = AsyncResult()


def reader(name):
    print(f"{time.time() - start:.1f}s {name}: waiting in get()")
    value = result.get()
    print(f"{time.time() - start:.1f}s {name}: got {value}")


def producer():
    print(f"{time.time() - start:.1f}s producer: computing for 1.0 s")
    gevent.sleep(1.0)
    result.set(42)
    print(f"{time.time() - start:.1f}s producer: set(42) returned, readers not run yet")


gevent.joinall([gevent.spawn(reader, "A"), gevent.spawn(reader, "B"), gevent.spawn(producer)])
print("ready:", result.ready(), "successful:", result.successful())
print("a late get() returns at once:", result.get())

failed = AsyncResult()
gevent.spawn_later(0.5, failed.set_exception, KeyError("missing"))
try:
    failed.get()
except KeyError as e:
    print(f"{time.time() - start:.1f}s get() re-raised KeyError: {e}")
