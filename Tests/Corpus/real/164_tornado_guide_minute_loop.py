# source: https://github.com/tornadoweb/tornado/blob/master/docs/guide/coroutines.rst (Running in the background: minute_loop and minute_loop2); changes: do_something (left undefined) prints and sleeps 10 s; the loops are stopped after 200 s by run_sync(lambda: gen.sleep(200))
from tornado import gen
from tornado.ioloop import IOLoop

async def do_something():
    print("do_something at %d" % (IOLoop.current().time() % 1000))
    await gen.sleep(10)

async def minute_loop():
    while True:
        await do_something()
        await gen.sleep(60)

async def minute_loop2():
    while True:
        nxt = gen.sleep(60)   # Start the clock.
        await do_something()  # Run while the clock is ticking.
        await nxt             # Wait for the timer to run out.

# Coroutines that loop forever are generally started with
# spawn_callback().
IOLoop.current().spawn_callback(minute_loop)
IOLoop.current().spawn_callback(minute_loop2)
IOLoop.current().run_sync(lambda: gen.sleep(200))
