# source: https://github.com/gevent/gevent/blob/master/src/gevent/event.py (AsyncResult docstring); changes: doctest prompts removed; each value the session echoes is printed with print(repr(...)); the get() that raises is caught and printed
from gevent.event import AsyncResult
result = AsyncResult()
result.set(100)
print(repr(result.get()))
result = AsyncResult()
result.set_exception(RuntimeError('failure'))
try:
    result.get()
except RuntimeError as e:
    print('RuntimeError:', e)
import gevent
result = AsyncResult()
gevent.spawn(lambda : 1/0).link(result)
try:
    result.get()
except ZeroDivisionError:
    print('ZeroDivisionError')
