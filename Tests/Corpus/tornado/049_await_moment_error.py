# gen.moment is only for yield in decorated coroutines: awaiting it in a
# native coroutine raises TypeError (uncaught here: exit status 1).
from tornado import gen
from tornado.ioloop import IOLoop


async def main():
    print("before await gen.moment")
    await gen.moment
    print("never printed")


IOLoop.current().run_sync(main)
