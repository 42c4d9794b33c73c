# The hub drains its whole callback queue (including callbacks added while
# draining) before it looks at timers: a chain of sleep(0) runs to its end
# before a zero-delay timer that was already due.
import gevent


def chain(name):
    for i in range(3):
        print(name, i)
        gevent.sleep(0)
    print(name, "done")


gevent.spawn_later(0, print, "zero timer")
gevent.spawn(chain, "a")
gevent.spawn(chain, "b")
gevent.sleep(0.1)
print("main done")
