# gen.with_timeout raises tornado.util.TimeoutError (also gen.TimeoutError)
# when the future is not done in time; the inner work keeps running.
import datetime
from tornado import gen
from tornado.ioloop import IOLoop
from tornado.util import TimeoutError


@gen.coroutine
def slow():
    yield gen.sleep(0.5)
    print("slow finished anyway")
    return "late"


@gen.coroutine
def main():
    try:
        yield gen.with_timeout(datetime.timedelta(seconds=0.2), slow())
    except TimeoutError as e:
        print("timed out:", e, "| gen.TimeoutError is the same:", gen.TimeoutError is TimeoutError)
    r = yield gen.with_timeout(datetime.timedelta(seconds=1), slow())
    print("in time:", r)


IOLoop.current().run_sync(main)
