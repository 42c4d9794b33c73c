# with_timeout with an absolute IOLoop-time deadline, and a caught
# timeout that leaves the inner coroutine running.
from tornado import gen
from tornado.ioloop import IOLoop


async def ticker():
    for i in range(4):
        await gen.sleep(0.2)
        print("tick", i)


async def main():
    loop = IOLoop.current()
    t = gen.convert_yielded(ticker())
    try:
        await gen.with_timeout(loop.time() + 0.5, t)
    except gen.TimeoutError:
        print("deadline passed, ticker done:", t.done())
    await t
    print("ticker finished")


IOLoop.current().run_sync(main)
