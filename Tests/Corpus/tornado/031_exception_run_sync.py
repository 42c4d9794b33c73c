# An exception escaping the coroutine propagates out of run_sync:
# uncaught, the program exits with status 1.
from tornado import gen
from tornado.ioloop import IOLoop


@gen.coroutine
def inner():
    yield gen.sleep(0.1)
    raise KeyError("missing key")


@gen.coroutine
def main():
    print("calling inner")
    yield inner()
    print("never printed")


IOLoop.current().run_sync(main)
print("never printed either")
