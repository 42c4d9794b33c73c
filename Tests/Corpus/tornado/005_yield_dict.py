# yield {key: future} returns a dict with the same keys.
from tornado import gen
from tornado.ioloop import IOLoop


@gen.coroutine
def fetch(n, delay):
    yield gen.sleep(delay)
    print("fetched", n)
    return n * 100


@gen.coroutine
def main():
    res = yield {"b": fetch(2, 0.2), "a": fetch(1, 0.3), "c": fetch(3, 0.1)}
    print("keys in order:", list(res))
    print("values:", [res[k] for k in sorted(res)])


IOLoop.current().run_sync(main)
