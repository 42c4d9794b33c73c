# source: https://github.com/gevent/gevent/blob/master/docs/intro.rst (Greenlets: kill with a custom exception); changes: doctest prompts removed; each value the session echoes is printed with print(repr(...)); the greenlet's state printed after the kill
import gevent
from gevent import Greenlet
g = Greenlet.spawn(gevent.sleep, 5) # spawn() creates a Greenlet and starts it
g.kill(Exception("A time to kill"))
print(repr(g.dead))
print(repr(g.exception))
