# Semaphore.acquire(timeout=...) raises TimeoutError when nothing is released.
import datetime
from tornado import gen, locks
from tornado.ioloop import IOLoop
from tornado.util import TimeoutError

sem = locks.Semaphore(1)


async def holder():
    async with sem:
        print("holder in")
        await gen.sleep(0.5)
    print("holder out")


async def impatient():
    try:
        await sem.acquire(timeout=datetime.timedelta(seconds=0.2))
    except TimeoutError:
        print("impatient gave up")


async def patient():
    await sem.acquire()
    print("patient in")
    sem.release()


async def main():
    await gen.multi([holder(), impatient(), patient()])


IOLoop.current().run_sync(main)
