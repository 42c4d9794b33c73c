# spawn_callback runs a coroutine function in the background (fire and
# forget); it starts on the next loop iteration, not inside the call.
from tornado import gen
from tornado.ioloop import IOLoop


async def background(name, delay):
    print(name, "starts")
    await gen.sleep(delay)
    print(name, "finished")


async def main():
    loop = IOLoop.current()
    loop.spawn_callback(background, "bg1", 0.2)
    loop.spawn_callback(background, "bg2", 0.1)
    print("main after spawn_callback")
    await gen.sleep(0.3)
    print("main done")


IOLoop.current().run_sync(main)
