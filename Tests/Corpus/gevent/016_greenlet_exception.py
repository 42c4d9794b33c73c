# An exception in a greenlet is stored; get() re-raises it in the caller.
# (gevent also prints a traceback on stderr, which the program does not see.)
import gevent


def fail():
    gevent.sleep(0.1)
    raise ZeroDivisionError("bad math")


g = gevent.spawn(fail)
g.join()
print("ready:", g.ready(), "successful:", g.successful(), "dead:", g.dead)
print("exception:", repr(g.exception))
print("value:", g.value)
try:
    g.get()
except ZeroDivisionError as e:
    print("get() raised:", e)
print("program continues")
