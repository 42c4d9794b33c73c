# source: https://github.com/tornadoweb/tornado/blob/master/docs/guide/coroutines.rst (How to call a coroutine: good_call); changes: divide from the same section added; good_call run with IOLoop.run_sync
from tornado.ioloop import IOLoop

async def divide(x, y):
    return x / y

async def good_call():
    # await will unwrap the object returned by divide() and raise
    # the exception.
    await divide(1, 0)

IOLoop.current().run_sync(good_call)
