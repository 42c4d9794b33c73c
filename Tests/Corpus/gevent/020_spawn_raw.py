# spawn_raw runs a plain greenlet (no Greenlet API, no value); it is also
# started by the loop, after the spawner yields.
import gevent

results = []


def collect(n):
    gevent.sleep(0.1 * n)
    results.append(n)
    print("raw", n, "done")


for n in (3, 1, 2):
    gevent.spawn_raw(collect, n)
print("spawned raw greenlets, results:", results)
gevent.sleep(0.5)
print("results:", results)
