# Event.wait(timeout) raises TimeoutError; clear() resets the flag.
import datetime
from tornado import gen, locks
from tornado.ioloop import IOLoop
from tornado.util import TimeoutError

event = locks.Event()


async def main():
    try:
        await event.wait(timeout=datetime.timedelta(seconds=0.2))
    except TimeoutError:
        print("not set within 0.2s")
    IOLoop.current().call_later(0.1, event.set)
    await event.wait()
    print("set, is_set =", event.is_set())
    event.clear()
    print("cleared, is_set =", event.is_set())


IOLoop.current().run_sync(main)
