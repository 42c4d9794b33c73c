# value is None until the greenlet finishes; get() blocks and returns it.
import gevent


def compute(x):
    print("compute", x)
    gevent.sleep(0.2)
    return x * x


g = gevent.spawn(compute, 7)
print("value before:", g.value, "ready:", g.ready())
print("get():", g.get())
print("value after:", g.value, "ready:", g.ready(), "successful:", g.successful())
h = gevent.spawn(compute, 3)
try:
    h.get(timeout=0.1)
except gevent.Timeout:
    print("get timed out, ready:", h.ready())
print("get again:", h.get())
