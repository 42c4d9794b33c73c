# Timeout.start / cancel; pending; a custom exception.
import gevent
from gevent import Timeout

t = Timeout(0.5)
t.start()
print("pending:", t.pending)
gevent.sleep(0.2)
t.cancel()
print("cancelled, pending:", t.pending)
gevent.sleep(0.5)
print("no exception after cancel")

t2 = Timeout.start_new(0.2, ValueError("too slow"))
try:
    gevent.sleep(1)
except ValueError as e:
    print("custom exception:", e)
finally:
    t2.cancel()
