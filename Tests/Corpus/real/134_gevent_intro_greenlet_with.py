# source: https://github.com/gevent/gevent/blob/master/docs/intro.rst (Greenlets as context managers); changes: doctest prompts removed; each value the session echoes is printed with print(repr(...))
import gevent
from gevent import Greenlet
def in_greenlet():
    print("In the greenlet")
    return 42
with Greenlet.spawn(in_greenlet) as g:
    print("In the with suite")
print(repr(g.get(block=False)))
