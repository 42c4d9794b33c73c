# Group tracks greenlets without a size limit; add() an existing greenlet.
import gevent
from gevent.pool import Group

group = Group()


def job(n):
    gevent.sleep(0.1 * n)
    print("job", n)
    return n


for n in (3, 1, 2):
    group.spawn(job, n)
extra = gevent.spawn(job, 4)
group.add(extra)
print("members:", len(group))
group.join()
print("members after join:", len(group))
print(group.map(job, [2, 1]))
