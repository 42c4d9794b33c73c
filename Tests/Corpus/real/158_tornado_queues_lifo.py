# source: https://github.com/tornadoweb/tornado/blob/master/tornado/queues.py (LifoQueue docstring testcode); changes: none
import asyncio
from tornado.queues import LifoQueue

async def main():
    q = LifoQueue()
    q.put(3)
    q.put(2)
    q.put(1)

    print(await q.get())
    print(await q.get())
    print(await q.get())

asyncio.run(main())
