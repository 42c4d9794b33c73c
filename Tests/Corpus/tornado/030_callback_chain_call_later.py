# A callback chain with call_later: each step schedules the next one later,
# passing an accumulated value along (callback style, no coroutines).
import time
from tornado.ioloop import IOLoop

loop = IOLoop.current()
start = time.time()


def fetch_user(callback):
    loop.call_later(0.2, callback, {"id": 7})


def fetch_orders(user, callback):
    loop.call_later(0.3, callback, user, ["book", "pen"])


def on_user(user):
    print("user", user["id"], "at", round(time.time() - start, 1))
    fetch_orders(user, on_orders)


def on_orders(user, orders):
    print("orders for", user["id"], orders, "at", round(time.time() - start, 1))
    loop.stop()


fetch_user(on_user)
loop.start()
print("total", time.time() - start)
