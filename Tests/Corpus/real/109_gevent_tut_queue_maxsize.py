# source: https://github.com/sdiehl/gevent-tutorial tutorial.md (Queues with maxsize); changes: xrange replaced by range (Python 3)
import gevent
from gevent.queue import Queue, Empty

tasks = Queue(maxsize=3)

def worker(name):
    try:
        while True:
            task = tasks.get(timeout=1) # decrements queue size by 1
            print('Worker %s got task %s' % (name, task))
            gevent.sleep(0)
    except Empty:
        print('Quitting time!')

def boss():
    """
    Boss will wait to hand out work until an individual worker is
    free since the maxsize of the task queue is 3.
    """

    for i in range(1,10):
        print('Assigned work %s in iteration 1' % (i))
        tasks.put(i)
    print('Assigned all work in iteration 1')

    for i in range(10,20):
        print('Assigned work %s in iteration 2' % (i))
        tasks.put(i)
    print('Assigned all work in iteration 2')

gevent.joinall([
    gevent.spawn(boss),
    gevent.spawn(worker, 'steve'),
    gevent.spawn(worker, 'john'),
    gevent.spawn(worker, 'bob'),
])
