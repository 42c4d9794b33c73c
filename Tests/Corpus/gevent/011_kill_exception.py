# kill(exception=...) raises that exception inside the greenlet.
import gevent


def worker():
    try:
        gevent.sleep(5)
    except ValueError as e:
        print("worker caught", repr(e))
        return "recovered"


def worker2():
    gevent.sleep(5)


a = gevent.spawn(worker)
b = gevent.spawn(worker2)
gevent.sleep(0.2)
a.kill(ValueError("stop"))
b.kill(KeyError("gone"), block=True)
print("a.value:", a.value, "a.successful:", a.successful())
print("b.exception:", repr(b.exception), "b.successful:", b.successful())
