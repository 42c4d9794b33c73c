# get(timeout=...) raises gevent.queue.Empty; get_nowait too; put_nowait on
# a full queue raises Full.
import gevent
from gevent.queue import Queue, Empty, Full

q = Queue(1)
try:
    q.get(timeout=0.3)
except Empty:
    print("Empty after timeout")
try:
    q.get_nowait()
except Empty:
    print("Empty from get_nowait")
q.put_nowait("x")
try:
    q.put_nowait("y")
except Full:
    print("Full from put_nowait")
gevent.spawn_later(0.2, q.get)
q.put("y", timeout=1)
print("put after a slot freed, items:", q.qsize(), q.peek())
