# A native async def coroutine does not start when called: only when it is
# awaited or yielded (or wrapped in a task/future).
from tornado import gen
from tornado.ioloop import IOLoop


async def native(name):
    print(name, "native body starts")
    await gen.sleep(0.1)
    print(name, "native resumes")
    return name


@gen.coroutine
def decorated(name):
    print(name, "decorated body starts")
    yield gen.sleep(0.1)
    return name


async def main():
    n = native("n")
    d = decorated("d")
    print("main: both called")
    await gen.sleep(0.2)
    print("main: after sleep, now awaiting n")
    print("got", await n, (await d))


IOLoop.current().run_sync(main)
