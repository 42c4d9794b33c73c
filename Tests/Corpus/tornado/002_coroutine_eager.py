# Calling a @gen.coroutine function runs its body at once, up to the first
# yield, before the call returns a Future.
from tornado import gen
from tornado.ioloop import IOLoop


@gen.coroutine
def worker(name):
    print(name, "body starts (inside the call)")
    yield gen.sleep(0.1)
    print(name, "resumes")
    return name.upper()


@gen.coroutine
def main():
    print("main: calling worker a")
    fa = worker("a")
    print("main: call returned, done =", fa.done())
    fb = worker("b")
    print("main: waiting")
    print("results:", (yield fa), (yield fb))


IOLoop.current().run_sync(main)
