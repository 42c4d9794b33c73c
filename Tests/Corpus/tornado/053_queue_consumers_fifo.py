# Several consumers waiting on an empty tornado Queue are served in the
# order they started waiting; put_nowait hands an item to the oldest.
from tornado import gen
from tornado.ioloop import IOLoop
from tornado.queues import Queue

q = Queue()


async def consumer(name):
    item = await q.get()
    print(name, "got", item)


async def main():
    consumers = [gen.convert_yielded(consumer(n)) for n in ("c1", "c2", "c3")]
    await gen.sleep(0.1)
    for item in ("x", "y", "z"):
        q.put_nowait(item)
        print("put", item)
    await gen.multi(consumers)


IOLoop.current().run_sync(main)
