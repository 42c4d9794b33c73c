import gevent
from gevent.pool import Pool, Group

def work(i):
    gevent.sleep(0.1 * i)
    print("done", i)

pool = Pool(2)
a = pool.spawn(work, 1)
b = pool.spawn(work, 2)
print("free", pool.free_count(), len(pool))
pool.discard(a)
print("after discard", pool.free_count(), len(pool))
c = pool.spawn(work, 3)
print("spawned c", pool.free_count(), len(pool))
gevent.joinall([a, b, c])
print("end", pool.free_count(), len(pool))
g = Group()
x = g.spawn(work, 1)
g.discard(x)
x.join()
print(len(g), x in g)
