# tornado.locks.Condition: notify(1) wakes the oldest waiter, notify_all
# the rest.
from tornado import gen, locks
from tornado.ioloop import IOLoop

cond = locks.Condition()


async def waiter(n):
    print("waiter", n, "waits")
    await cond.wait()
    print("waiter", n, "notified")


async def notifier():
    await gen.sleep(0.1)
    print("notify one")
    cond.notify()
    await gen.sleep(0.1)
    print("notify all")
    cond.notify_all()


async def main():
    await gen.multi([waiter(1), waiter(2), waiter(3), notifier()])


IOLoop.current().run_sync(main)
