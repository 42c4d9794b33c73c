# Yielding an already-resolved future continues at once, without a trip
# through the loop; yielding gen.moment always goes through the loop.
from tornado import gen
from tornado.concurrent import Future
from tornado.ioloop import IOLoop


def done_future(value):
    f = Future()
    f.set_result(value)
    return f


@gen.coroutine
def eager(name):
    for i in range(3):
        v = yield done_future(i)
        print(name, "got", v, "without yielding to the loop")
    yield gen.moment
    print(name, "after moment")


@gen.coroutine
def other():
    print("other step 1")
    yield gen.moment
    print("other step 2")


@gen.coroutine
def main():
    yield [eager("e"), other()]


IOLoop.current().run_sync(main)
