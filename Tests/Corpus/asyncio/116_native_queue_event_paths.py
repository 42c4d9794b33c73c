import asyncio


class TracingQueue(asyncio.Queue):
    def _put(self, item):
        print("  _put", item)
        super()._put(item)


async def producer(q, name, n):
    for i in range(n):
        await q.put(f"{name}{i}")
        print(f"put {name}{i} size={q.qsize()} full={q.full()}")


async def consumer(q, name, log):
    while True:
        item = await q.get()
        log.append(f"{name} got {item}")
        await asyncio.sleep(0.01)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    log = []
    consumers = [asyncio.create_task(consumer(q, f"c{i}", log)) for i in range(2)]
    await asyncio.gather(producer(q, "a", 4), producer(q, "b", 3))
    await q.join()
    print("\n".join(log))
    for c in consumers:
        c.cancel()
    print(await asyncio.gather(*consumers, return_exceptions=True))
    print("empty", q.empty(), q.qsize(), q._unfinished_tasks)

    # nowait errors and task_done too many
    q = asyncio.Queue(1)
    q.put_nowait(1)
    try:
        q.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull")
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError", e)

    # cancelled getter passes the wake-up on; cancelled putter
    q = asyncio.Queue()
    g1 = asyncio.create_task(q.get())
    g2 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait("x")
    g1.cancel()
    await asyncio.sleep(0)
    print(g1.cancelled(), g2.done(), g2.result() if g2.done() else None, len(q._getters))
    q = asyncio.Queue(1)
    q.put_nowait("full")
    p1 = asyncio.create_task(q.put("p1"))
    p2 = asyncio.create_task(q.put("p2"))
    await asyncio.sleep(0)
    p1.cancel()
    print(q.get_nowait())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(p1.cancelled(), p2.done(), q.qsize(), q.get_nowait())

    # join waits for task_done; many items through a small queue
    q = asyncio.Queue(3)
    async def worker():
        while True:
            item = await q.get()
            await asyncio.sleep(0.001 * (item % 3))
            q.task_done()
    ws = [asyncio.create_task(worker()) for _ in range(3)]
    for i in range(100):
        await q.put(i)
    await q.join()
    print("joined at", round(asyncio.get_running_loop().time(), 3), q.qsize())
    for w in ws:
        w.cancel()

    # subclasses and library subclasses keep their behaviour
    tq = TracingQueue()
    await tq.put(1)
    tq.put_nowait(2)
    print(await tq.get(), tq.get_nowait())
    pq = asyncio.PriorityQueue()
    for x in [5, 1, 3]:
        await pq.put(x)
    print([await pq.get() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for x in "abc":
        lq.put_nowait(x)
    print([lq.get_nowait() for _ in range(3)])

    # events
    ev = asyncio.Event()
    async def waiter(i):
        r = await ev.wait()
        print("woken", i, r, ev.is_set())
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.1)
    print("setting", ev.is_set(), len(ev._waiters))
    ev.set()
    ev.set()
    await asyncio.gather(*ts)
    ev.clear()
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("wait cancelled", len(ev._waiters))
    print(await asyncio.wait_for(asyncio.shield(asyncio.sleep(0, 7)), 1))


asyncio.run(main())
