# add_callback callbacks run FIFO on the next loop iteration, after the
# current coroutine step.
from tornado.ioloop import IOLoop


def cb(name):
    print("callback", name)


async def main():
    loop = IOLoop.current()
    loop.add_callback(cb, 1)
    loop.add_callback(cb, 2)
    print("main scheduled callbacks")
    loop.add_callback(lambda: loop.add_callback(cb, "nested"))
    loop.add_callback(cb, 3)
    from tornado import gen
    await gen.sleep(0.1)
    print("main done")


IOLoop.current().run_sync(main)
