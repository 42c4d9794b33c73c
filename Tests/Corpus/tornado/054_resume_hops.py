# Six waits that all end at t=0.1, started in this order. Each is resumed a
# different number of loop iterations after its timer fires (the timer sets
# a future, the future's callbacks run on the next iteration, a list/child
# coroutine adds more such steps), which decides the order of the prints.
import asyncio
from tornado import gen
from tornado.ioloop import IOLoop


@gen.coroutine
def child():
    yield gen.sleep(0.1)


@gen.coroutine
def a_decorated_sleep():
    yield gen.sleep(0.1)
    print("A: yield gen.sleep")


@gen.coroutine
def c_list():
    yield [gen.sleep(0.1)]
    print("C: yield [gen.sleep]")


@gen.coroutine
def d_child():
    yield child()
    print("D: yield child()")


async def b_native_sleep():
    await gen.sleep(0.1)
    print("B: await gen.sleep (native)")


async def e_asyncio_sleep():
    await asyncio.sleep(0.1)
    print("E: await asyncio.sleep (native)")


async def main():
    IOLoop.current().call_later(0.1, print, "F: call_later callback")
    await gen.multi([a_decorated_sleep(), b_native_sleep(), c_list(), d_child(), e_asyncio_sleep()])


IOLoop.current().run_sync(main)
