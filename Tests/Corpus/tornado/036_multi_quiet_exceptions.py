# gen.multi raises the first exception; later ones are logged unless they
# are listed in quiet_exceptions. The others still run to completion.
from tornado import gen
from tornado.ioloop import IOLoop


async def task(n, fail):
    await gen.sleep(0.1 * n)
    print("task", n, "ends", "with error" if fail else "ok")
    if fail:
        raise RuntimeError("task %d" % n)
    return n


async def main():
    try:
        await gen.multi([task(1, False), task(2, True), task(3, True)], quiet_exceptions=RuntimeError)
    except RuntimeError as e:
        print("caught", e)
    await gen.sleep(0.2)
    print("after the others finished")


IOLoop.current().run_sync(main)
