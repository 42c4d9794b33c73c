# killall(block=False) returns at once; the kills happen when main yields.
import gevent


def worker(n):
    try:
        gevent.sleep(1)
    except gevent.GreenletExit:
        print("worker", n, "exits")


jobs = [gevent.spawn(worker, n) for n in range(3)]
gevent.sleep(0.1)
gevent.killall(jobs, block=False)
print("killall returned, dead:", [g.dead for g in jobs])
gevent.sleep(0)
print("after yield, dead:", [g.dead for g in jobs])
