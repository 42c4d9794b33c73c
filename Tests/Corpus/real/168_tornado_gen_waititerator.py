# source: https://github.com/tornadoweb/tornado/blob/master/tornado/gen.py (WaitIterator docstring); changes: awaitable1/awaitable2 (placeholders) are two coroutines sleeping 0.2 s and 0.1 s, the second one failing; futures passed as f1/f2; current_future printed by its position; the async-for variant in its own native coroutine; a driver with run_sync
from tornado import gen
from tornado.ioloop import IOLoop

async def slow():
    await gen.sleep(0.2)
    return "slow result"

async def failing():
    await gen.sleep(0.1)
    raise ValueError("boom")

@gen.coroutine
def main():
    awaitable1 = gen.convert_yielded(slow())
    awaitable2 = gen.convert_yielded(failing())
    futures = [awaitable1, awaitable2]
    wait_iterator = gen.WaitIterator(awaitable1, awaitable2)
    while not wait_iterator.done():
        try:
            result = yield wait_iterator.next()
        except Exception as e:
            print("Error {} from {}".format(e, futures.index(wait_iterator.current_future)))
        else:
            print("Result {} received from {} at {}".format(
                result, futures.index(wait_iterator.current_future),
                wait_iterator.current_index))

async def main2():
    future1 = gen.convert_yielded(slow())
    future2 = gen.sleep(0.1)
    wait_iterator = gen.WaitIterator(future1, future2)
    async for result in wait_iterator:
        print("Result {} received from {} at {}".format(
            result, [future1, future2].index(wait_iterator.current_future),
            wait_iterator.current_index))

IOLoop.current().run_sync(main)
IOLoop.current().run_sync(main2)
