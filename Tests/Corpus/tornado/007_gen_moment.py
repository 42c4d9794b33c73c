# yield gen.moment lets other ready callbacks/coroutines run once.
from tornado import gen
from tornado.ioloop import IOLoop


@gen.coroutine
def worker(name):
    for i in range(3):
        print(name, i)
        yield gen.moment


@gen.coroutine
def main():
    yield [worker("a"), worker("b")]
    print("done")


IOLoop.current().run_sync(main)
