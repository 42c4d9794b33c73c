# AsyncResult.set_exception makes get() raise in every waiter.
import gevent
from gevent.event import AsyncResult

ar = AsyncResult()


def waiter(n):
    try:
        ar.get()
    except KeyError as e:
        print("waiter", n, "got exception", repr(e))


gevent.spawn(waiter, 1)
gevent.spawn(waiter, 2)
gevent.spawn_later(0.2, ar.set_exception, KeyError("missing"))
gevent.sleep(0.3)
print("successful:", ar.successful(), "exception:", repr(ar.exception))
try:
    ar.get(block=False)
except KeyError:
    print("non-blocking get raises too")
r2 = AsyncResult()
try:
    r2.get(timeout=0.1)
except gevent.Timeout:
    print("get timed out")
