# tornado locks and queues with thousands of waiters: Condition.notify with timed-out
# waiters (garbage collected every 100 timeouts), Semaphore FIFO, Event, and queues
# handing items to blocked getters/putters; PriorityQueue is a heap; str() of a Queue.
from tornado import gen, locks, queues
from tornado.ioloop import IOLoop

N = 2000


class Job:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        return self.priority < other.priority


async def main():
    cond = locks.Condition()
    woken = []

    async def cond_waiter(i):
        ok = await cond.wait(timeout=0.05 if i % 2 else None)
        woken.append((i, ok))

    waiters = [gen.convert_yielded(cond_waiter(i)) for i in range(N)]
    await gen.sleep(0.1)
    print("timed out", len(woken), woken[:2], len(cond._waiters))
    cond.notify(3)
    await gen.sleep(0)
    print("notified", woken[N // 2:])
    cond.notify_all()
    await gen.multi(waiters)
    print("all", len(woken), woken[-2:])

    event = locks.Event()
    count = [0]

    async def event_waiter():
        await event.wait()
        count[0] += 1

    waiters = [gen.convert_yielded(event_waiter()) for _ in range(N)]
    await gen.sleep(0.1)
    event.set()
    await gen.multi(waiters)
    print("event", count[0], len(event._waiters))

    sem = locks.Semaphore(250)
    order = []

    async def worker(i):
        async with sem:
            await gen.sleep(0.1)
            order.append(i)

    await gen.multi([worker(i) for i in range(N)])
    print("semaphore", order[:3], order[-3:], sum(k * v for k, v in enumerate(order)) % 1000003)

    q = queues.Queue()
    got = []

    async def getter(i):
        got.append((i, await q.get()))

    getters = [gen.convert_yielded(getter(i)) for i in range(N)]
    await gen.sleep(0)
    for k in range(N):
        q.put_nowait(k)
    print(str(q))
    await gen.multi(getters)
    print("getters", got[:2], got[-1])
    bounded = queues.Queue(maxsize=3)
    puts = [bounded.put(k) for k in range(5)]
    await gen.sleep(0)
    print(str(bounded))
    total = 0
    for k in range(5):
        total += await bounded.get()
    await gen.multi(puts)
    print("bounded", total, bounded.qsize(), str(bounded))

    pq = queues.PriorityQueue()
    for p, name in [(1, "a"), (1, "b"), (0, "c"), (1, "d"), (0, "e"), (1, "f")]:
        pq.put_nowait(Job(p, name))
    print("priority", [pq.get_nowait().name for _ in range(6)])
    lq = queues.LifoQueue()
    for k in range(4):
        lq.put_nowait(k)
    print("lifo", [lq.get_nowait() for _ in range(4)])


IOLoop.current().run_sync(main)
