# Queue(maxsize=2): put() waits while the queue is full.
import time
from tornado import gen
from tornado.ioloop import IOLoop
from tornado.queues import Queue

start = time.time()
q = Queue(maxsize=2)


async def producer():
    for i in range(5):
        await q.put(i)
        print("put", i, "at", round(time.time() - start, 1), "qsize", q.qsize())


async def consumer():
    for _ in range(5):
        await gen.sleep(0.2)
        print("got", await q.get(), "at", round(time.time() - start, 1))


async def main():
    await gen.multi([producer(), consumer()])


IOLoop.current().run_sync(main)
