# Queues with thousands of blocked getters and putters: FIFO hand-over, getters that
# time out, a bounded queue, and PriorityQueue/LifoQueue built from initial items.
import gevent
from gevent.queue import Empty, LifoQueue, PriorityQueue, Queue

N = 2000
q = Queue()
got = []


def getter(i):
    try:
        got.append((i, q.get(timeout=0.2 if i % 4 == 0 else None)))
    except Empty:
        got.append((i, "empty"))


gs = [gevent.spawn(getter, i) for i in range(N)]
gevent.sleep(0.3)
print("timeouts", len(got), got[:2], got[-1])
for k in range(N):
    q.put(k)
print("put done", len(got), q.qsize())
gevent.joinall(gs)
print("got", len(got), got[N // 4:N // 4 + 3], got[-2:], q.qsize())

bq = Queue(5)
produced = []


def producer(i):
    bq.put(i)
    produced.append(i)


gs = [gevent.spawn(producer, i) for i in range(N)]
total = 0
for k in range(N):
    total += bq.get()
    if k % 500 == 0:
        print("consumer", k, len(produced), bq.qsize())
gevent.joinall(gs)
print("bounded", total, len(produced), produced[:3], produced[-3:])

pq = PriorityQueue(items=[(5, "e"), (1, "a"), (3, "c")])
pq.put((2, "b"))
print([pq.get() for _ in range(4)])
lq = LifoQueue(items=[1, 2, 3])
lq.put(4)
print([lq.get() for _ in range(4)])
