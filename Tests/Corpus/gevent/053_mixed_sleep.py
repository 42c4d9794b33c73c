# A blocking time.sleep in one greenlet delays a gevent.sleep timer that
# was due meanwhile: the other greenlet wakes only when the thread is free.
import time
import gevent

start = time.time()


def ticker():
    for i in range(3):
        gevent.sleep(0.2)
        print("tick", i, "at", round(time.time() - start, 1))


def blocker():
    gevent.sleep(0.1)
    print("blocker: blocking for 0.5s at", round(time.time() - start, 1))
    time.sleep(0.5)
    print("blocker: done at", round(time.time() - start, 1))


gevent.joinall([gevent.spawn(ticker), gevent.spawn(blocker)])
