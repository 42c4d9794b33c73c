# An exception raised before the first yield of a @gen.coroutine is not
# raised by the call: it is stored in the returned Future.
from tornado import gen
from tornado.ioloop import IOLoop


@gen.coroutine
def broken(n):
    print("broken", n, "runs")
    if n > 0:
        raise ValueError("bad n=%d" % n)
    yield gen.sleep(0.1)


@gen.coroutine
def main():
    f = broken(1)
    print("call returned; done:", f.done(), "exception:", repr(f.exception()))
    try:
        yield f
    except ValueError as e:
        print("yield re-raises:", e)
    yield broken(0)
    print("broken(0) finished")


IOLoop.current().run_sync(main)
