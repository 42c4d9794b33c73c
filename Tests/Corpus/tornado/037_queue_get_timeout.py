# Queue.get(timeout=...) raises tornado.util.TimeoutError; get_nowait on an
# empty queue raises QueueEmpty.
import datetime
from tornado import gen
from tornado.ioloop import IOLoop
from tornado.queues import Queue, QueueEmpty
from tornado.util import TimeoutError


async def main():
    q = Queue()
    try:
        q.get_nowait()
    except QueueEmpty:
        print("QueueEmpty")
    try:
        await q.get(timeout=datetime.timedelta(seconds=0.2))
    except TimeoutError:
        print("get timed out")
    IOLoop.current().call_later(0.1, q.put_nowait, "late item")
    print("got", await q.get(timeout=datetime.timedelta(seconds=1)))


IOLoop.current().run_sync(main)
