# source: https://github.com/gevent/gevent/blob/master/docs/api/gevent.greenlet.rst (Context Managers: the body raises); changes: doctest prompts removed; each value the session echoes is printed with print(repr(...)); the final get() is caught and printed
from gevent import Greenlet
import gevent
try:
   with Greenlet.spawn(gevent.sleep, 0.1) as g:
      raise Exception("From with body")
except Exception:
    pass
print(repr(g.dead))
print(repr(g.successful()))
try:
    g.get(block=False)
except Exception as e:
    print('Exception:', e)
