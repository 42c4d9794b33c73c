# Modelled HTTP fan-out: 8 "requests" with fixed latencies through a
# Pool(3); a request starts only when a slot is free.
import time
import gevent
from gevent.pool import Pool

LATENCY = {"/a": 0.5, "/b": 0.4, "/c": 0.1, "/d": 0.1, "/e": 0.1, "/f": 0.4, "/g": 0.4, "/h": 0.1}
start = time.time()


def fetch(url):
    print("GET", url, "at", round(time.time() - start, 1))
    gevent.sleep(LATENCY[url])
    print("200", url, "at", round(time.time() - start, 1))
    return len(url) * 100


pool = Pool(3)
sizes = pool.map(fetch, sorted(LATENCY))
print("sizes:", sizes)
print("total:", round(time.time() - start, 1), "s")
