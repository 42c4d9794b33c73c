# Return values from decorated coroutines: return x or raise gen.Return(x).
from tornado import gen
from tornado.ioloop import IOLoop


@gen.coroutine
def old_style():
    yield gen.sleep(0.1)
    raise gen.Return("via gen.Return")


@gen.coroutine
def new_style():
    yield gen.sleep(0.1)
    return "via return"


@gen.coroutine
def no_yield():
    return "immediate"


@gen.coroutine
def main():
    f = no_yield()
    print("no_yield future done at once:", f.done(), f.result())
    print((yield old_style()))
    print((yield new_style()))


IOLoop.current().run_sync(main)
