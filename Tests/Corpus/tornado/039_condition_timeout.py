# Condition.wait(timeout) resolves to False on timeout, True when notified.
import datetime
from tornado import gen, locks
from tornado.ioloop import IOLoop

cond = locks.Condition()


async def main():
    loop = IOLoop.current()
    r = await cond.wait(timeout=loop.time() + 0.2)
    print("wait with nobody notifying:", r)
    loop.call_later(0.1, cond.notify)
    r = await cond.wait(timeout=datetime.timedelta(seconds=1))
    print("wait with a notify after 0.1:", r)


IOLoop.current().run_sync(main)
