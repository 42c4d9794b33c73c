# asyncio: asyncio.Queue(maxsize=50) with 100 producers and 100 consumers moving 100,000
# items; producers put as fast as the queue allows (blocking when it is full), consumers
# take 1 ms per item (so getters block too); queue.join(), then the consumers are cancelled.
# Only order-insensitive results are printed: which consumer gets which item at one instant
# depends on how a loop orders simultaneous wake-ups.
import asyncio

PRODUCERS = 100
CONSUMERS = 100
ITEMS = 1_000  # per producer


async def producer(q, p):
    for k in range(ITEMS):
        await q.put(p * ITEMS + k)


async def consumer(q, stats):
    while True:
        item = await q.get()
        stats[0] += 1
        stats[1] += item
        await asyncio.sleep(0.001)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=50)
    stats = [0, 0]
    consumers = [asyncio.create_task(consumer(q, stats)) for c in range(CONSUMERS)]
    producers = [asyncio.create_task(producer(q, p)) for p in range(PRODUCERS)]
    await asyncio.gather(*producers)
    await q.join()
    for t in consumers:
        t.cancel()
    res = await asyncio.gather(*consumers, return_exceptions=True)
    cancelled = sum(isinstance(r, asyncio.CancelledError) for r in res)
    print("queue", stats[0], "items, sum", stats[1], "cancelled", cancelled)
    print(round(asyncio.get_running_loop().time(), 3))


asyncio.run(main())
