# Thousands of greenlets waiting on one Event / AsyncResult / Semaphore: woken in
# waiting order by one notification pass; waiters that time out leave the others alone.
import gevent
from gevent.event import AsyncResult, Event
from gevent.lock import Semaphore

N = 2000
evt = Event()
woken = []


def waiter(i):
    ok = evt.wait(timeout=0.3 if i % 3 == 0 else None)
    woken.append((i, ok))


gs = [gevent.spawn(waiter, i) for i in range(N)]
gevent.sleep(0.5)
print("timed out", len(woken), woken[:3], woken[-2:])
evt.set()
gevent.joinall(gs)
print("woken", len(woken), woken[667:671], woken[-3:])

res = AsyncResult()
got = []
gs = [gevent.spawn(lambda i=i: got.append((i, res.get()))) for i in range(N)]
gevent.sleep(0.1)
res.set("v")
gevent.joinall(gs)
print("async result", len(got), got[:3], got[-2:])

sem = Semaphore(400)
order = []


def worker(i):
    with sem:
        gevent.sleep(0.1)
        order.append(i)


gs = [gevent.spawn(worker, i) for i in range(N)]
gevent.joinall(gs)
print("semaphore", len(order), order[:4], order[-4:], sem.counter)
print(round(sum(i * k for k, i in enumerate(order)) % 1000003))
