# source: https://github.com/tornadoweb/tornado/blob/master/docs/guide/coroutines.rst (How to call a coroutine: spawn_callback); changes: divide from the same section added; the loop is run 0.1 s with run_sync(lambda: gen.sleep(0.1)) so the callback runs; a final print
from tornado import gen
from tornado.ioloop import IOLoop

async def divide(x, y):
    return x / y

# The IOLoop will catch the exception and print a stack trace in
# the logs. Note that this doesn't look like a normal call, since
# we pass the function object to be called by the IOLoop.
IOLoop.current().spawn_callback(divide, 1, 0)
IOLoop.current().run_sync(lambda: gen.sleep(0.1))
print("the loop went on")
