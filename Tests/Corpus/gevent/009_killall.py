# killall raises GreenletExit in every greenlet and waits for them.
import gevent


def loop(name):
    try:
        while True:
            print(name, "tick")
            gevent.sleep(0.4)
    except gevent.GreenletExit:
        print(name, "got GreenletExit")
        raise


jobs = [gevent.spawn(loop, n) for n in ("x", "y", "z")]
gevent.sleep(1)
gevent.killall(jobs)
print("dead:", [g.dead for g in jobs])
print("value types:", [type(g.value).__name__ for g in jobs])
print("successful:", [g.successful() for g in jobs])
