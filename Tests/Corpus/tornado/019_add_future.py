# add_future calls a callback with the future once it resolves.
from tornado import gen
from tornado.ioloop import IOLoop


async def compute():
    await gen.sleep(0.2)
    return 42


def on_done(fut):
    print("add_future callback: result =", fut.result())
    IOLoop.current().stop()


loop = IOLoop.current()
fut = gen.convert_yielded(compute())
loop.add_future(fut, on_done)
print("future registered, done:", fut.done())
loop.start()
print("loop returned")
