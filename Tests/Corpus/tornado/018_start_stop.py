# start() runs the loop until stop(); callbacks already queued when stop()
# is called still run, later ones wait for the next start().
from tornado.ioloop import IOLoop

loop = IOLoop.current()


def step(n):
    print("step", n)
    if n < 3:
        loop.call_later(0.1, step, n + 1)
    else:
        loop.stop()
        loop.add_callback(print, "queued after stop")


loop.add_callback(step, 1)
print("starting loop")
loop.start()
print("loop stopped")
loop.call_later(0.1, loop.stop)
loop.start()
print("second run over")
