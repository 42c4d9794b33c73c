# Queue.join waits until task_done was called once per item.
from tornado import gen
from tornado.ioloop import IOLoop
from tornado.queues import Queue

q = Queue()


async def worker(name):
    async for item in q:
        try:
            await gen.sleep(item)
            print(name, "did", item)
        finally:
            q.task_done()


async def main():
    for item in (0.3, 0.1, 0.1, 0.2):
        q.put_nowait(item)
    IOLoop.current().spawn_callback(worker, "w1")
    IOLoop.current().spawn_callback(worker, "w2")
    await q.join()
    print("all done, qsize:", q.qsize())


IOLoop.current().run_sync(main)
