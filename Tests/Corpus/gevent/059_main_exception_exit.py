# An exception re-raised in the main greenlet ends the program (exit 1).
import gevent


def fail():
    gevent.sleep(0.1)
    raise ValueError("fatal in worker")


g = gevent.spawn(fail)
print("waiting")
g.get()
print("never printed")
