# source: https://github.com/gevent/gevent/blob/master/docs/api/gevent.greenlet.rst (Starting Greenlets); changes: doctest prompts removed; each value the session echoes is printed with print(repr(...)); myfunction prints its arguments instead of pass; the greenlets are joined at the end
import gevent
from gevent import Greenlet
def myfunction(arg1, arg2, kwarg1=None):
   print(arg1, arg2, kwarg1)
g = Greenlet(myfunction, 'arg1', 'arg2', kwarg1=1)
g.start()
g2 = Greenlet.spawn(myfunction, 'arg1', 'arg2', kwarg1=1)
gevent.joinall([g, g2])
