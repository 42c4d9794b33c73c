# yield [f1, f2, f3] waits for all and returns results in list order.
import time
from tornado import gen
from tornado.ioloop import IOLoop

start = time.time()


@gen.coroutine
def job(name, delay):
    yield gen.sleep(delay)
    print(name, "finished at", round(time.time() - start, 1))
    return name


@gen.coroutine
def main():
    results = yield [job("slow", 0.3), job("fast", 0.1), job("mid", 0.2)]
    print("results:", results)


IOLoop.current().run_sync(main)
print("total:", time.time() - start)
