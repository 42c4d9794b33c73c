# Eager start nests: a decorated coroutine calling another runs both
# bodies inside the first call.
from tornado import gen
from tornado.ioloop import IOLoop


@gen.coroutine
def leaf(name):
    print("  leaf", name, "start")
    yield gen.sleep(0.1)
    print("  leaf", name, "end")
    return name


@gen.coroutine
def branch(name):
    print(" branch", name, "start")
    r = yield leaf(name + ".1")
    print(" branch", name, "end")
    return r


@gen.coroutine
def main():
    print("main before calls")
    f1 = branch("A")
    f2 = branch("B")
    print("main after calls")
    print((yield f1), (yield f2))


IOLoop.current().run_sync(main)
