# iwait(timeout=...) stops yielding when the timeout expires.
import gevent


def job(n):
    gevent.sleep(0.2 * n)
    return n


jobs = [gevent.spawn(job, n) for n in (4, 1, 3, 2, 6)]
got = []
for g in gevent.iwait(jobs, timeout=0.7):
    got.append(g.value)
    print("got", g.value)
print("collected", got)
print("pending", sorted(g.args[0] for g in jobs if not g.ready()))
