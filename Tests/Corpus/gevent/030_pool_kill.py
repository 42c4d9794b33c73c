# Pool.kill kills every member greenlet (the kill order follows an internal
# set, so this program only counts the kills).
import gevent
from gevent.pool import Pool

pool = Pool(3)
killed = []


def forever(n):
    try:
        while True:
            gevent.sleep(0.3)
            print("worker", n, "alive")
    except gevent.GreenletExit:
        killed.append(n)


for n in range(3):
    pool.spawn(forever, n)
gevent.sleep(0.5)
pool.kill()
print("killed:", sorted(killed))
print("pool size after kill:", len(pool), "free:", pool.free_count())
