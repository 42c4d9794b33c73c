# AsyncResult: get() blocks until set(); value and ready().
import gevent
from gevent.event import AsyncResult

result = AsyncResult()


def producer():
    gevent.sleep(0.4)
    print("producer: setting")
    result.set("hello")


def consumer(n):
    print("consumer", n, "got", result.get())


gevent.spawn(consumer, 1)
gevent.spawn(producer)
gevent.spawn(consumer, 2)
print("ready before:", result.ready())
gevent.sleep(0.5)
print("ready after:", result.ready(), "value:", result.value, "successful:", result.successful())
