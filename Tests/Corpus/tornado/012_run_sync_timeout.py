# run_sync(timeout=...) raises TimeoutError if the function is too slow.
from tornado import gen
from tornado.ioloop import IOLoop
from tornado.util import TimeoutError


async def slow():
    print("slow starts")
    await gen.sleep(1)
    print("slow never finishes inside run_sync")


try:
    IOLoop.current().run_sync(slow, timeout=0.3)
except TimeoutError as e:
    print("TimeoutError:", e)
print("fast:", IOLoop.current().run_sync(lambda: gen.sleep(0.1), timeout=1))
