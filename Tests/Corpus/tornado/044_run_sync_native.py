# run_sync with a native coroutine function and a lambda; run_sync returns
# the coroutine's result and can be called several times.
import time
from tornado import gen
from tornado.ioloop import IOLoop

start = time.time()


async def add(a, b):
    await gen.sleep(0.2)
    return a + b


loop = IOLoop.current()
print(loop.run_sync(lambda: add(1, 2)))
print(loop.run_sync(lambda: add(10, 20)))
print("elapsed", time.time() - start)
