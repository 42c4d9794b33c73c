# A Timeout raised inside a greenlet becomes its stored exception.
import gevent
from gevent import Timeout


def slow():
    with Timeout(0.2):
        gevent.sleep(1)


def guarded():
    try:
        with Timeout(0.1):
            gevent.sleep(1)
    except Timeout:
        return "gave up"


a = gevent.spawn(slow)
b = gevent.spawn(guarded)
gevent.joinall([a, b])
print("a failed with Timeout:", isinstance(a.exception, Timeout), a.successful())
print("b value:", b.value)
print("gevent.with_timeout:", gevent.with_timeout(0.1, gevent.sleep, 1, timeout_value="default"))
