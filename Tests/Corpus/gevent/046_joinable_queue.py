# JoinableQueue.join waits until task_done was called for every item.
import gevent
from gevent.queue import JoinableQueue

q = JoinableQueue()


def worker(name):
    while True:
        item = q.get()
        gevent.sleep(item)
        print(name, "finished", item)
        q.task_done()


for name in ("w1", "w2"):
    gevent.spawn(worker, name)
for item in (0.3, 0.1, 0.2, 0.1):
    q.put(item)
print("unfinished tasks:", q.unfinished_tasks)
q.join()
print("all tasks done, unfinished:", q.unfinished_tasks)
