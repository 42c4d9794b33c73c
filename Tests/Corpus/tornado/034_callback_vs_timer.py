# On one loop iteration, add_callback callbacks run before timers that are
# already due; call_later(0) is a timer, not a callback; gen.moment is a
# callback-level yield, gen.sleep(0) a timer-level one.
from tornado import gen
from tornado.ioloop import IOLoop


@gen.coroutine
def main():
    loop = IOLoop.current()
    loop.call_later(0, print, "call_later(0) #1")
    loop.add_callback(print, "add_callback #1")
    loop.call_later(0, print, "call_later(0) #2")
    loop.add_callback(print, "add_callback #2")
    print("main yields gen.moment")
    yield gen.moment
    print("main resumed after gen.moment")
    loop.call_later(0, print, "call_later(0) #3")
    loop.add_callback(print, "add_callback #3")
    yield gen.sleep(0)
    print("main resumed after gen.sleep(0)")


IOLoop.current().run_sync(main)
