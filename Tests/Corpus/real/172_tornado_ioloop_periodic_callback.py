# source: https://github.com/tornadoweb/tornado/blob/master/tornado/ioloop.py (PeriodicCallback docstring); changes: a program around the documented behaviour: a 200 ms callback, stopped after 1 s
from tornado import gen
from tornado.ioloop import IOLoop, PeriodicCallback

count = 0

def tick():
    global count
    count += 1
    print("tick", count, round(IOLoop.current().time() - start, 1))

async def main():
    pc = PeriodicCallback(tick, 200)
    pc.start()
    await gen.sleep(1.1)
    pc.stop()
    print("running:", pc.is_running())

start = IOLoop.current().time()
IOLoop.current().run_sync(main)
