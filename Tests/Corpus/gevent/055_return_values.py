# Return values of greenlets, collected in spawn order.
import gevent


def square(x):
    gevent.sleep(0.1 * (3 - x))
    return x * x


def nothing():
    pass


jobs = [gevent.spawn(square, i) for i in range(4)]
jobs.append(gevent.spawn(nothing))
gevent.joinall(jobs)
print([g.value for g in jobs])
print("sum:", sum(g.value for g in jobs[:4]))
