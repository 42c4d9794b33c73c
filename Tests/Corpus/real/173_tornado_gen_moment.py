# source: https://github.com/tornadoweb/tornado/blob/master/tornado/gen.py (moment docstring: 'yield gen.moment', and 'await asyncio.sleep(0)' in native coroutines); changes: a program around the documented usage: two loops interleaving
import asyncio
from tornado import gen
from tornado.ioloop import IOLoop

@gen.coroutine
def decorated(name):
    for i in range(3):
        print(name, i)
        yield gen.moment

async def native(name):
    for i in range(3):
        print(name, i)
        await asyncio.sleep(0)

async def main():
    await gen.multi([decorated("decorated"), native("native")])

IOLoop.current().run_sync(main)
