# Greenlet(...).start_later(seconds) versus start().
import gevent
from gevent import Greenlet


def say(word):
    print(word)


late = Greenlet(say, "late")
now = Greenlet(say, "now")
late.start_later(0.2)
now.start()
print("started:", late.started, now.started)
gevent.joinall([late, now])
print("both done")
