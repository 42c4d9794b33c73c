# tornado's gen.multi also takes a dict of futures: all of them run concurrently and the
# result is a dict with the same keys in the same order, whatever the finishing order.
# In the timeline, three fetches start at t=0 and finish at 0.1, 0.2, 0.3; total 0.3 s.
from tornado import gen
from tornado.ioloop import IOLoop


@gen.coroutine
def fetch(name, seconds):
    print(f"fetch {name}: start")
    yield gen.sleep(seconds)
    print(f"fetch {name}: done after {seconds} s")
    return f"<{name} data>"


@gen.coroutine
def main():
    start = IOLoop.current().time()
    results = yield gen.multi({
        "users": fetch("users", 0.3),
        "orders": fetch("orders", 0.1),
        "stock": fetch("stock", 0.2),
    })
    for key, value in results.items():
        print(f"{key:>6} -> {value}")
    print(f"took {IOLoop.current().time() - start:.1f} s")


IOLoop.current().run_sync(main)
