# tornado 6 runs on asyncio: asyncio.sleep and tornado's gen.sleep mix in
# one program; the asyncio loop is the tornado loop.
import asyncio
from tornado import gen
from tornado.ioloop import IOLoop


async def tornado_side():
    await gen.sleep(0.2)
    print("tornado side done")
    return "t"


async def asyncio_side():
    await asyncio.sleep(0.1)
    print("asyncio side done")
    return "a"


async def main():
    print("same loop:", IOLoop.current().asyncio_loop is asyncio.get_running_loop())
    print(await asyncio.gather(tornado_side(), asyncio_side()))


IOLoop.current().run_sync(main)
