# source: https://github.com/gevent/gevent/blob/master/docs/intro.rst (Greenlets: kill); changes: doctest prompts removed; each value the session echoes is printed with print(repr(...))
import gevent
from gevent import Greenlet
g = Greenlet(gevent.sleep, 4)
g.start()
g.kill()
print(repr(g.dead))
