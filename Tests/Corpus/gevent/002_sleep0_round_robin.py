# gevent.sleep(0) yields to the other ready greenlets: a round robin.
import gevent


def worker(name):
    for i in range(3):
        print(name, "step", i)
        gevent.sleep(0)
    print(name, "done")


gevent.joinall([gevent.spawn(worker, n) for n in ("a", "b", "c")])
print("all done")
