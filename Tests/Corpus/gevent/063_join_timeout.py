# Greenlet.join(timeout) returns after the timeout even if not finished.
import time
import gevent

start = time.time()
g = gevent.spawn(gevent.sleep, 0.5)
g.join(timeout=0.2)
print("after join(0.2): ready =", g.ready(), "at", round(time.time() - start, 1))
g.join()
print("after join(): ready =", g.ready(), "at", round(time.time() - start, 1))
