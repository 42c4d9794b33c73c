# spawn() only schedules: the greenlet first runs when the spawner blocks.
import gevent


def worker(n):
    print("worker", n, "running")


print("before spawn")
g1 = gevent.spawn(worker, 1)
g2 = gevent.spawn(worker, 2)
print("after spawn, started:", bool(g1), "dead:", g1.dead)
print("still main")
gevent.sleep(0)
print("after sleep(0), g1 dead:", g1.dead, "g2 dead:", g2.dead)
