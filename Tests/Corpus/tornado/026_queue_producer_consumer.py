# tornado.queues.Queue with a producer and a consumer.
from tornado import gen
from tornado.ioloop import IOLoop
from tornado.queues import Queue

q = Queue()


async def consumer():
    while True:
        item = await q.get()
        if item is None:
            print("consumer stops")
            return
        print("consumed", item)


async def producer():
    for i in range(3):
        await gen.sleep(0.1)
        print("producing", i)
        await q.put(i)
    await q.put(None)


async def main():
    await gen.multi([consumer(), producer()])


IOLoop.current().run_sync(main)
