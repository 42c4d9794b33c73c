# gen.WaitIterator yields futures in completion order, with their index.
from tornado import gen
from tornado.ioloop import IOLoop


async def job(name, delay):
    await gen.sleep(delay)
    return name


async def main():
    futures = [gen.convert_yielded(job(n, d)) for n, d in (("x", 0.3), ("y", 0.1), ("z", 0.2))]
    it = gen.WaitIterator(*futures)
    while not it.done():
        result = await it.next()
        print("index", it.current_index, "result", result)


IOLoop.current().run_sync(main)
