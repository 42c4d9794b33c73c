# source: https://github.com/tornadoweb/tornado/blob/master/docs/guide/coroutines.rst (How to call a coroutine: run_sync); changes: divide from the same section and the IOLoop import added
from tornado.ioloop import IOLoop

async def divide(x, y):
    return x / y

# run_sync() doesn't take arguments, so we must wrap the
# call in a lambda.
IOLoop.current().run_sync(lambda: divide(1, 0))
