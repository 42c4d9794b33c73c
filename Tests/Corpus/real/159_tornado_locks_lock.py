# source: https://github.com/tornadoweb/tornado/blob/master/tornado/locks.py (Lock docstring doctest: f and f2); changes: the doctest prompts removed; a runner calling f() and f2() added, with prints in place of the 'Do something' comments
import asyncio
from tornado import gen
from tornado import locks
lock = locks.Lock()

async def f():
   async with lock:
       # Do something holding the lock.
       print("f holds the lock")
       await gen.sleep(0.1)

   # Now the lock is released.
   print("f released the lock")

@gen.coroutine
def f2():
   with (yield lock.acquire()):
       # Do something holding the lock.
       print("f2 holds the lock")

   # Now the lock is released.
   print("f2 released the lock")

async def runner():
    await gen.multi([f(), f2()])

asyncio.run(runner())
