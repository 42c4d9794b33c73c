# Native coroutines awaiting gen.coroutine ones and the other way round.
from tornado import gen
from tornado.ioloop import IOLoop


@gen.coroutine
def legacy(x):
    print("legacy", x, "start")
    yield gen.sleep(0.1)
    raise gen.Return(x + 1)


async def modern(x):
    print("modern", x, "start")
    y = await legacy(x)
    await gen.sleep(0.1)
    return y * 2


@gen.coroutine
def outer():
    a = yield modern(1)
    b = yield [modern(10), legacy(20)]
    print("a =", a, "b =", b)


IOLoop.current().run_sync(outer)
