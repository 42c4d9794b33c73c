# Done callbacks of a Future run in registration order, on the loop, after
# the code that resolved the future.
from tornado.concurrent import Future, future_add_done_callback
from tornado.ioloop import IOLoop

loop = IOLoop.current()
fut = Future()
fut.add_done_callback(lambda f: print("callback 1:", f.result()))
future_add_done_callback(fut, lambda f: print("callback 2:", f.result()))


def resolve():
    fut.set_result("value")
    print("set_result returned")
    loop.add_callback(loop.stop)


loop.call_later(0.1, resolve)
loop.start()
late = []
future_add_done_callback(fut, lambda f: late.append("ran inline"))
print("future_add_done_callback on a done future:", late)
