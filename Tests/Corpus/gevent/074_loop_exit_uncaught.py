# An uncaught LoopExit ends the program with exit status 1.
import gevent
from gevent.queue import Queue

q = Queue()
gevent.spawn(q.put, "only item")
print("first get:", q.get())
print("second get blocks forever")
q.get()
print("never printed")
