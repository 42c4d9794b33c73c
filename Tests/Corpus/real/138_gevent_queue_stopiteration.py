# source: https://github.com/gevent/gevent/blob/master/src/gevent/queue.py (module docstring); changes: doctest prompts removed
import gevent.queue
queue = gevent.queue.Queue()
queue.put(1)
queue.put(2)
queue.put(StopIteration)
for item in queue:
   print(item)
