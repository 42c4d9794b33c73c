# gen.multi on a list and on a dict, with native coroutines inside.
from tornado import gen
from tornado.ioloop import IOLoop


async def square(x):
    print("square", x, "starts")
    await gen.sleep(0.1 * x)
    print("square", x, "done")
    return x * x


async def main():
    print("list:", await gen.multi([square(3), square(1), square(2)]))
    d = await gen.multi({"one": square(1), "two": square(2)})
    print("dict:", sorted(d.items()))


IOLoop.current().run_sync(main)
