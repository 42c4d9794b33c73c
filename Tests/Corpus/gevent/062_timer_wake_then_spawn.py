# Greenlets woken by timers at the same time run one after another; a
# greenlet spawned or a sleep(0) in between runs after all of them.
import gevent


def sleeper(name):
    gevent.sleep(0.1)
    print(name, "woke")
    gevent.spawn(print, name, "spawned child runs")
    gevent.sleep(0)
    print(name, "after sleep(0)")


gevent.joinall([gevent.spawn(sleeper, n) for n in ("a", "b", "c")])
