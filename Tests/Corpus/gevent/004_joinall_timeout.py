# joinall(timeout=...) returns the greenlets that finished in time.
import gevent


def job(n):
    gevent.sleep(n * 0.2)
    print("job", n, "finished")
    return n


jobs = [gevent.spawn(job, n) for n in range(1, 5)]
done = gevent.joinall(jobs, timeout=0.5)
print("done in time:", sorted(g.value for g in done))
print("ready flags:", [g.ready() for g in jobs])
gevent.joinall(jobs)
print("after second joinall:", [g.value for g in jobs])
