# gen.with_timeout gives up waiting after its timeout and raises TimeoutError, but unlike
# asyncio.wait_for it does not cancel the work: the slow operation keeps running and ends.
# In the timeline, see the timeout at t=0.5, slow_op still finishing at 1.0, then a fast op.
from datetime import timedelta

from tornado import gen
from tornado.ioloop import IOLoop

loop = IOLoop.current()
start = loop.time()


def stamp():
    return f"{loop.time() - start:.1f}s"


async def operation(name, seconds):
    print(stamp(), f"{name}: started, needs {seconds} s")
    await gen.sleep(seconds)
    print(stamp(), f"{name}: finished")
    return f"{name} result"


@gen.coroutine
def main():
    try:
        yield gen.with_timeout(timedelta(seconds=0.5), operation("slow_op", 1.0))
    except gen.TimeoutError as e:
        print(stamp(), f"main: TimeoutError({e!s}), slow_op is still running")
    yield gen.sleep(0.8)
    result = yield gen.with_timeout(timedelta(seconds=0.5), operation("fast_op", 0.2))
    print(stamp(), f"main: got {result!r} in time")


loop.run_sync(main)
