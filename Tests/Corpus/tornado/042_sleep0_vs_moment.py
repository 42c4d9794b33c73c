# gen.sleep(0) is a zero-delay timer; gen.moment is a plain yield to the
# loop. Two coroutines interleave differently with each.
from tornado import gen
from tornado.ioloop import IOLoop


@gen.coroutine
def with_moment(name):
    for i in range(3):
        print(name, "moment", i)
        yield gen.moment


@gen.coroutine
def with_sleep0(name):
    for i in range(3):
        print(name, "sleep0", i)
        yield gen.sleep(0)


@gen.coroutine
def main():
    yield [with_sleep0("s"), with_moment("m")]
    print("done")


IOLoop.current().run_sync(main)
