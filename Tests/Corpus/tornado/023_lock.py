# tornado.locks.Lock serialises coroutines in FIFO order.
from tornado import gen, locks
from tornado.ioloop import IOLoop

lock = locks.Lock()


async def critical(n):
    async with lock:
        print("enter", n)
        await gen.sleep(0.1)
        print("leave", n)


async def main():
    await gen.multi([critical(n) for n in range(3)])
    print("lock free again")


IOLoop.current().run_sync(main)
