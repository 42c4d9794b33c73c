# Native "async def" coroutines and @gen.coroutine ones mix freely in tornado, but they
# start differently: a decorated coroutine runs up to its first yield when called, a
# native one only when awaited. In the timeline, "A" starts before "main: called both".
import asyncio

from tornado import gen
from tornado.ioloop import IOLoop


@gen.coroutine
def decorated(name, seconds):
    print(f"{name}: decorated body starts at call time")
    yield gen.sleep(seconds)
    return f"{name} done"


async def native(name, seconds):
    print(f"{name}: native body starts when awaited")
    await asyncio.sleep(seconds)
    return f"{name} done"


@gen.coroutine
def legacy_caller():
    result = yield native("C", 0.1)  # a decorated coroutine can yield a native one
    return result


async def main():
    future = decorated("A", 0.3)  # already running: a Future comes back
    coro = native("B", 0.2)  # nothing printed yet: just a coroutine object
    print("main: called both")
    print("main: awaited B ->", await coro)
    print("main: awaited A ->", await future)  # a native coroutine awaits a tornado Future
    print("main: legacy_caller ->", await legacy_caller())


IOLoop.current().run_sync(main)
