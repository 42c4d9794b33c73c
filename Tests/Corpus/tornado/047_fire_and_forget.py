# A gen.coroutine called without yielding still runs to completion on the
# loop (eagerly started); a native coroutine never awaited never runs.
from tornado import gen
from tornado.ioloop import IOLoop


@gen.coroutine
def decorated():
    print("decorated starts")
    yield gen.sleep(0.1)
    print("decorated finishes in the background")


async def native():
    print("native never prints")


async def main():
    decorated()
    coro = native()
    print("main sleeps")
    await gen.sleep(0.2)
    coro.close()
    print("main done")


IOLoop.current().run_sync(main)
