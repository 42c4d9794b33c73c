# IOLoop.current() and IOLoop.instance() are the same loop; inside
# run_sync it is the running loop.
from tornado import gen
from tornado.ioloop import IOLoop

loop = IOLoop.current()
print("instance is current:", IOLoop.instance() is loop)


async def main():
    print("inside run_sync, same loop:", IOLoop.current() is loop)
    await gen.sleep(0.1)
    return "ok"


print(loop.run_sync(main))
print("after run_sync, same loop:", IOLoop.current() is loop)
