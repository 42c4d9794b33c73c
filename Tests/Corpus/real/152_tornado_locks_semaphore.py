# source: https://github.com/tornadoweb/tornado/blob/master/tornado/locks.py (Semaphore docstring testsetup + testcode); changes: none (the testsetup block is placed before the testcode)
from collections import deque

from tornado import gen
from tornado.ioloop import IOLoop
from tornado.concurrent import Future

inited = False

async def simulator(futures):
    for f in futures:
        # simulate the asynchronous passage of time
        await gen.sleep(0)
        await gen.sleep(0)
        f.set_result(None)

def use_some_resource():
    global inited
    global futures_q
    if not inited:
        inited = True
        # Ensure reliable doctest output: resolve Futures one at a time.
        futures_q = deque([Future() for _ in range(3)])
        IOLoop.current().add_callback(simulator, list(futures_q))

    return futures_q.popleft()


import asyncio
from tornado import gen
from tornado.locks import Semaphore

sem = Semaphore(2)

async def worker(worker_id):
    await sem.acquire()
    try:
        print("Worker %d is working" % worker_id)
        await use_some_resource()
    finally:
        print("Worker %d is done" % worker_id)
        sem.release()

async def runner():
    # Join all workers.
    await gen.multi([worker(i) for i in range(3)])

asyncio.run(runner())
