# tornado @gen.coroutine: runner yields [coroutine1(), coroutine2()]; both start eagerly,
# sleep 5 s and 10 s concurrently, so the whole run takes 10 s, not 15 s
# (last line: 총 실행 시간 :  10.0).
import time

from tornado import gen
from tornado.ioloop import IOLoop

@gen.coroutine
def coroutine1():
    print("coroutine1 시작")
    print("coroutine1 5초 대기")
    yield gen.sleep(5)
    print("coroutine1 재게 및 종료")

@gen.coroutine
def coroutine2():
    print("coroutine2 시작")
    print("coroutine2 10초 대기")
    yield gen.sleep(10)
    print("coroutine2 재게 및 종료")


@gen.coroutine
def runner():
    # Yield two Futures; wait for waiter() and notifier() to finish.
    yield [coroutine1(), coroutine2()]


if __name__ == "__main__":
    start = time.time()
    IOLoop.current().run_sync(runner)
    end = time.time()
    print("총 실행 시간 : ", end - start)
