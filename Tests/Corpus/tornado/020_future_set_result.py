# A tornado.concurrent.Future resolved from a call_later callback.
from tornado import gen
from tornado.concurrent import Future
from tornado.ioloop import IOLoop


def delayed_value(value, delay):
    fut = Future()

    def resolve():
        print("resolving", value)
        fut.set_result(value)

    IOLoop.current().call_later(delay, resolve)
    return fut


@gen.coroutine
def main():
    a = delayed_value("A", 0.2)
    b = delayed_value("B", 0.1)
    print("waiting for a")
    print("a =", (yield a))
    print("b already done:", b.done(), "b =", (yield b))


IOLoop.current().run_sync(main)
