# An uncaught exception in a greenlet kills only that greenlet: gevent
# prints the traceback on stderr, others and main keep going (exit 0).
import gevent


def crash():
    print("crash: about to fail")
    raise KeyError("boom")


def steady():
    gevent.sleep(0.1)
    print("steady still runs")


c = gevent.spawn(crash)
s = gevent.spawn(steady)
gevent.joinall([c, s])
print("crash exception:", repr(c.exception))
print("main exits normally")
