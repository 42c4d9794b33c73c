# gen.multi_future keeps list order; results come back when the last one
# is done.
import time
from tornado import gen
from tornado.ioloop import IOLoop

start = time.time()


async def step(n):
    await gen.sleep(0.1 * (4 - n))
    print("step", n, "done at", round(time.time() - start, 1))
    return n


async def main():
    futs = [gen.convert_yielded(step(n)) for n in range(1, 4)]
    print(await gen.multi_future(futs))


IOLoop.current().run_sync(main)
