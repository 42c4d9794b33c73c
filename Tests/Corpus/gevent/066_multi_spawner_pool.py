# Two greenlets spawn into the same full Pool(1): the blocked spawners get
# the slot in the order they started waiting.
import time
import gevent
from gevent.pool import Pool

start = time.time()
pool = Pool(1)


def job(tag):
    print("job", tag, "runs at", round(time.time() - start, 1))
    gevent.sleep(0.2)


def spawner(name):
    for i in range(2):
        pool.spawn(job, name + str(i))
        print(name, "spawned", i, "at", round(time.time() - start, 1))


gevent.joinall([gevent.spawn(spawner, "A"), gevent.spawn(spawner, "B")])
pool.join()
print("done at", round(time.time() - start, 1))
