# Timers with the same deadline fire in the order they were started, not in
# spawn order: "a" yields once (sleep(0)) before starting its timer, so it
# wakes after "b" and "c" although it was spawned first.
import gevent


def sleeper(name, yield_first):
    if yield_first:
        gevent.sleep(0)
        print(name, "starts its timer after yielding")
    else:
        print(name, "starts its timer")
    gevent.sleep(0.1)
    print(name, "wakes")


gevent.joinall([
    gevent.spawn(sleeper, "a", True),
    gevent.spawn(sleeper, "b", False),
    gevent.spawn(sleeper, "c", False),
])
