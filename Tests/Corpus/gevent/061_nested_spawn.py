# A greenlet spawned by another greenlet runs after the greenlets that were
# already scheduled.
import gevent


def child(n):
    print("child", n, "runs")


def parent(n):
    print("parent", n, "spawns child", n)
    gevent.spawn(child, n)
    print("parent", n, "continues")


jobs = [gevent.spawn(parent, 1), gevent.spawn(parent, 2)]
print("main spawned parents")
gevent.joinall(jobs)
print("main after joinall")
gevent.sleep(0)
print("end")
