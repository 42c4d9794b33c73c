# tornado.locks.Event: set() wakes every waiter, but only after the setter's
# step ends. (Event keeps its waiters in a set, so the order in which several
# waiters wake is unspecified: this program prints them sorted.)
from tornado import gen, locks
from tornado.ioloop import IOLoop

event = locks.Event()
woken = []


async def waiter(n):
    print("waiter", n, "waiting")
    await event.wait()
    woken.append(n)


async def setter():
    await gen.sleep(0.2)
    print("setting")
    event.set()
    print("set returned, is_set:", event.is_set(), "woken so far:", woken)


async def main():
    await gen.multi([waiter(1), setter(), waiter(2)])
    print("woken:", sorted(woken))


IOLoop.current().run_sync(main)
