import gevent

def work(n):
    gevent.sleep(n)
    return n * 2

jobs = [gevent.spawn(work, n) for n in range(3)]]
gevent.joinall(jobs)
