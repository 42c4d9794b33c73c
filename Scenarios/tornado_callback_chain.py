# Plain callbacks on tornado's IOLoop, each scheduling the next one: add_callback runs it
# on the next loop iteration, call_later after a delay; the last one stops the loop.
# In the timeline, see steps 1-2 at t=0, step 3 at 0.5, step 4 at 0.8, then start() returns.
from tornado.ioloop import IOLoop

loop = IOLoop.current()
start = loop.time()


def stamp():
    return f"{loop.time() - start:.1f}s"


def step1():
    print(stamp(), "step1: add_callback(step2)")
    loop.add_callback(step2, "hello")
    print(stamp(), "step1: returns first; step2 runs on the next iteration")


def step2(greeting):
    print(stamp(), f"step2 got {greeting!r}: call_later(0.5, step3)")
    loop.call_later(0.5, step3)


def step3():
    print(stamp(), "step3: call_later(0.3, step4)")
    loop.call_later(0.3, step4)


def step4():
    print(stamp(), "step4: stop the loop")
    loop.stop()


loop.add_callback(step1)
print(stamp(), "main: start() runs the loop until stop()")
loop.start()
print(stamp(), "main: start() returned")
