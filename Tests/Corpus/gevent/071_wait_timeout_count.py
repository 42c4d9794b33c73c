# gevent.wait(objects, timeout, count) returns what became ready.
import gevent


def job(d):
    gevent.sleep(d)
    return d


jobs = [gevent.spawn(job, d) for d in (0.3, 0.1, 0.2, 0.5)]
first = gevent.wait(jobs, count=2)
print("first two:", sorted(g.value for g in first))
ready = gevent.wait(jobs, timeout=0.2)
print("ready by 0.4:", sorted(g.value for g in ready))
gevent.wait(jobs)
print("all:", [g.value for g in jobs])
