# Group and Pool with thousands of members: membership, join, kill, map, imap_unordered
# and a full pool blocking its spawner.
import gevent
from gevent.pool import Group, Pool

N = 2000
grp = Group()
for i in range(N):
    grp.spawn(gevent.sleep, 0.001 * (i % 100))
print("group", len(grp), grp.full())
grp.join()
print("joined", len(grp))

for i in range(N):
    grp.spawn(gevent.sleep, 10)
members = list(grp)
gevent.sleep(0.1)
grp.kill()
print("killed", len(grp), all(g.dead for g in members), members[0] in grp)


def square(i):
    gevent.sleep(0.001 * (i % 7))
    return i * i


pool = Pool(100)
res = pool.map(square, range(N))
print("map", len(res), res[:4], res[-2:], sum(res))
def tenth(i):
    gevent.sleep(0.1 * (i % 3))
    return i * i


order = []
for v in Pool().imap_unordered(tenth, range(N)):
    order.append(v)
print("imap_unordered", len(order), order[:5], sum(k * v for k, v in enumerate(order)) % 1000003)

small = Pool(10)
started = []
for i in range(N // 10):
    small.spawn(lambda i=i: (started.append(i), gevent.sleep(0.1)))
print("spawner done", len(started), len(small), small.free_count())
small.join()
print("pool joined", len(started), small.free_count())
