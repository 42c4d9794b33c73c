# source: https://github.com/tornadoweb/tornado/blob/master/tornado/queues.py (PriorityQueue docstring testcode); changes: none
import asyncio
from tornado.queues import PriorityQueue

async def main():
    q = PriorityQueue()
    q.put((1, 'medium-priority item'))
    q.put((0, 'high-priority item'))
    q.put((10, 'low-priority item'))

    print(await q.get())
    print(await q.get())
    print(await q.get())

asyncio.run(main())
