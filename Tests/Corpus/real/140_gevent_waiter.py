# source: https://github.com/gevent/gevent/blob/master/src/gevent/_waiter.py (Waiter docstring); changes: doctest prompts removed; each value the session echoes is printed with print(repr(...))
from gevent.hub import Waiter
from gevent import get_hub
result = Waiter()
timer = get_hub().loop.timer(0.1)
timer.start(result.switch, 'hello from Waiter')
print(repr(result.get())) # blocks for 0.1 seconds
timer.close()
from gevent.time import sleep
result = Waiter()
timer = get_hub().loop.timer(0.1)
timer.start(result.switch, 'hi from Waiter')
sleep(0.2)
print(repr(result.get())) # returns immediately without blocking
timer.close()
