# gevent Group vs Pool: a Group tracks any number of greenlets, a Pool(2) allows only two
# at once, and spawn() on a full pool blocks the spawner until a member finishes.
# In the timeline, see four jobs overlap under the Group, then run in two waves in the Pool.
import time

import gevent
from gevent.pool import Group, Pool

start = time.time()


def elapsed():
    return f"{time.time() - start:.1f}s"


def job(n):
    print(f"{elapsed()}   job {n} starts")
    gevent.sleep(0.5)
    print(f"{elapsed()}   job {n} ends")


for container in (Group(), Pool(2)):
    name = type(container).__name__
    print(f"{elapsed()} {name}:")
    for n in range(4):
        container.spawn(job, n)  # blocks while a Pool is full
        print(f"{elapsed()}   spawned job {n}")
    container.join()
    print(f"{elapsed()} {name} joined")
