# tornado.locks.Semaphore(2): at most two workers inside; waiters are FIFO.
import time
from tornado import gen, locks
from tornado.ioloop import IOLoop

start = time.time()
sem = locks.Semaphore(2)


async def worker(n):
    print("worker", n, "waiting")
    async with sem:
        print("worker", n, "in at", round(time.time() - start, 1))
        await gen.sleep(0.2)
    print("worker", n, "out")


async def main():
    await gen.multi([worker(n) for n in range(5)])


IOLoop.current().run_sync(main)
