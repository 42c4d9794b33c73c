# Pool.map returns results in argument order, whatever the finishing order.
import time
import gevent
from gevent.pool import Pool

start = time.time()


def slow_square(x):
    gevent.sleep({1: 0.5, 2: 0.2, 3: 0.1, 4: 0.4}[x])
    print("square", x, "done at", round(time.time() - start, 1))
    return x * x


pool = Pool(2)
print(pool.map(slow_square, [1, 2, 3, 4]))
print("elapsed", round(time.time() - start, 1))
