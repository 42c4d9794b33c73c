# getcurrent() returns the running greenlet; in the main program it is the
# main (raw) greenlet, not a gevent Greenlet.
import gevent
from gevent import Greenlet


def who(tag):
    cur = gevent.getcurrent()
    print(tag, "is its own greenlet:", cur is me[tag], "is Greenlet:", isinstance(cur, Greenlet))


me = {}
me["a"] = gevent.spawn(who, "a")
me["b"] = gevent.spawn(who, "b")
main = gevent.getcurrent()
print("main is Greenlet:", isinstance(main, Greenlet))
gevent.joinall(list(me.values()))
print("back in main:", gevent.getcurrent() is main)
