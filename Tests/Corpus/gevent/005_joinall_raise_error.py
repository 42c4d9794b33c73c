# joinall(raise_error=True) re-raises the first failure in the caller.
import gevent


def ok(n):
    gevent.sleep(0.1 * n)
    print("ok", n)
    return n


def bad():
    gevent.sleep(0.15)
    raise ValueError("bad greenlet")


jobs = [gevent.spawn(ok, 1), gevent.spawn(bad), gevent.spawn(ok, 3)]
try:
    gevent.joinall(jobs, raise_error=True)
except ValueError as e:
    print("caught:", e)
print("ready:", [g.ready() for g in jobs])
gevent.joinall(jobs)
print("values:", [g.value for g in jobs])
print("successful:", [g.successful() for g in jobs])
