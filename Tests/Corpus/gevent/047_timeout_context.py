# gevent.Timeout as a context manager raises Timeout in the block;
# with Timeout(seconds, False) the block is silently cut short.
import gevent
from gevent import Timeout

try:
    with Timeout(0.2):
        print("sleeping 1s under a 0.2s timeout")
        gevent.sleep(1)
        print("not reached")
except Timeout as t:
    print("Timeout caught, seconds =", t.seconds)

with Timeout(0.3, False):
    gevent.sleep(1)
    print("not reached either")
print("silent timeout passed")

with Timeout(1):
    gevent.sleep(0.1)
print("finished in time")
