# IOLoop.time() advances only with the loop's clock (sleeps and timers).
from tornado import gen
from tornado.ioloop import IOLoop


async def main():
    loop = IOLoop.current()
    t0 = loop.time()
    for d in (0.1, 0.2, 0.5):
        await gen.sleep(d)
        print("after sleeping", d, "elapsed", round(loop.time() - t0, 1))
    print("time() is a float:", isinstance(t0, float))


IOLoop.current().run_sync(main)
