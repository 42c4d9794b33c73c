# Exceptions raised in a coroutine are re-raised where it is yielded/awaited.
from tornado import gen
from tornado.ioloop import IOLoop


async def failing(n):
    await gen.sleep(0.1 * n)
    raise ValueError("failure %d" % n)


@gen.coroutine
def main():
    try:
        yield failing(1)
    except ValueError as e:
        print("caught:", e)
    try:
        yield [failing(3), failing(2)]
    except ValueError as e:
        print("multi raised the first failure:", e)
    return "survived"


print(IOLoop.current().run_sync(main))
