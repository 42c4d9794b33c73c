# iwait yields the greenlets in the order they finish.
import gevent


def job(name, delay):
    gevent.sleep(delay)
    return name


jobs = [gevent.spawn(job, "slow", 0.3), gevent.spawn(job, "fast", 0.1), gevent.spawn(job, "mid", 0.2)]
for g in gevent.iwait(jobs):
    print("finished:", g.value)
print("all:", [g.value for g in jobs])
