# tornado: 100,000 native coroutines, coroutine i awaiting gen.sleep(0.001 * i), gathered
# with gen.multi inside IOLoop.run_sync; prints a count, a checksum and the virtual duration.
from tornado import gen
from tornado.ioloop import IOLoop

N = 100_000


async def sleeper(i):
    await gen.sleep(0.001 * i)
    return i % 7


async def main():
    loop = IOLoop.current()
    start = loop.time()
    results = await gen.multi([sleeper(i) for i in range(N)])
    print("tornado", len(results), "coroutines, checksum", sum(results))
    print(round(loop.time() - start, 2))


IOLoop.current().run_sync(main)
