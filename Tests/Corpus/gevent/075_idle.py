# gevent.idle() returns only when the loop has nothing else ready to run:
# after the sleep(0) round robin, before a timer that is not yet due.
import gevent


def busy(n):
    for i in range(3):
        print("busy", n, i)
        gevent.sleep(0)


def idler():
    print("idler waits for idle")
    gevent.idle()
    print("idle reached")


gevent.spawn(idler)
gevent.spawn(busy, 1)
gevent.spawn(busy, 2)
gevent.spawn_later(0.1, print, "timer at 0.1")
gevent.sleep(0.2)
print("main done")
