# source: https://github.com/gevent/gevent/blob/master/src/gevent/timeout.py (Timeout docstring: start/try/finally close, and with Timeout(seconds, False)); changes: the elided code is a 0.5 s sleep; prints added
import gevent
from gevent import Timeout

seconds = 0.2
exception = None

timeout = Timeout(seconds, exception)
timeout.start()
try:
    gevent.sleep(0.5)  # exception will be raised here, after *seconds* passed since start() call
except Timeout as t:
    print('raised:', t is timeout, t)
finally:
    timeout.close()

data = None
with Timeout(5, False):
    gevent.sleep(10)
    data = 'a line'
if data is None:
    print('5 seconds passed without reading a line')
else:
    print('a line was read within 5 seconds')
