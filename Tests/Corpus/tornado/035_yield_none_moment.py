# In a decorated coroutine, yield None behaves like yield gen.moment.
from tornado import gen
from tornado.ioloop import IOLoop


@gen.coroutine
def a():
    print("a1")
    yield None
    print("a2")
    yield None
    print("a3")


@gen.coroutine
def b():
    print("b1")
    yield gen.moment
    print("b2")
    yield gen.moment
    print("b3")


@gen.coroutine
def main():
    yield [a(), b()]


IOLoop.current().run_sync(main)
