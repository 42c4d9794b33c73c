from tornado import gen, locks, queues
from tornado.ioloop import IOLoop


async def main():
    loop = IOLoop.current()
    start = loop.time()

    def now():
        return round(loop.time() - start, 2)

    lock = locks.Lock()
    async def critical(name):
        async with lock:
            print(now(), name, "has the lock")
            await gen.sleep(0.1)
    await gen.multi([critical("a"), critical("b")])

    sem = locks.Semaphore(2)
    print(str(sem).split(" [")[1], str(lock).split(" [")[1])
    async def limited(i):
        async with sem:
            print(now(), "slot", i)
            await gen.sleep(0.1)
    await gen.multi([limited(i) for i in range(4)])
    bounded = locks.BoundedSemaphore(1)
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)

    event = locks.Event()
    print(event, event.is_set())
    async def setter():
        await gen.sleep(0.2)
        event.set()
    IOLoop.current().add_callback(setter)
    await event.wait()
    print(now(), "event set", event)

    cond = locks.Condition()
    async def waiter(i):
        await cond.wait()
        print(now(), "woken", i)
    waiters = [waiter(i) for i in range(3)]
    futs = gen.multi(waiters)
    await gen.sleep(0.1)
    cond.notify(1)
    await gen.sleep(0.1)
    cond.notify_all()
    await futs

    q = queues.Queue(maxsize=2)
    print(str(q), q.empty(), q.full(), q.qsize(), q.maxsize)
    q.put_nowait(1)
    q.put_nowait(2)
    try:
        q.put_nowait(3)
    except queues.QueueFull:
        print("QueueFull", q.full(), str(q))
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except queues.QueueEmpty:
        print("QueueEmpty")

    pq = queues.PriorityQueue()
    for item in [(3, "low"), (1, "high"), (2, "mid")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(3)])
    lq = queues.LifoQueue()
    for item in "abc":
        lq.put_nowait(item)
    print([lq.get_nowait() for _ in range(3)])

    work = queues.Queue()
    async def consumer():
        async for item in work:
            try:
                await gen.sleep(0.1)
                print(now(), "processed", item)
            finally:
                work.task_done()
    IOLoop.current().spawn_callback(consumer)
    for i in range(3):
        await work.put(i)
    await work.join()
    print(now(), "all processed")
    try:
        await work.get(timeout=loop.time() + 0.2)
    except gen.TimeoutError:
        print(now(), "get timed out")


IOLoop.current().run_sync(main)
