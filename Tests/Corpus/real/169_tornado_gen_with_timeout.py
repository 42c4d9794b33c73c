# source: https://github.com/tornadoweb/tornado/blob/master/tornado/gen.py (with_timeout docstring); changes: a program around the documented behaviour: a 0.5 s coroutine wrapped in a 0.2 s timeout, then awaited again (the wrapped future is not cancelled)
import datetime
from tornado import gen
from tornado.ioloop import IOLoop

async def work():
    await gen.sleep(0.5)
    return "work done"

async def main():
    future = gen.convert_yielded(work())
    try:
        await gen.with_timeout(datetime.timedelta(seconds=0.2), future)
    except gen.TimeoutError as e:
        print("timed out:", repr(e))
    print(await future)
    print(await gen.with_timeout(IOLoop.current().time() + 1, future))

IOLoop.current().run_sync(main)
