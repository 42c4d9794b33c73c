# Modelled crawler: imap_unordered over a Pool(4) handles responses as they
# arrive; a slow host does not hold up the fast ones.
import time
import gevent
from gevent.pool import Pool

hosts = [("alpha", 0.5), ("beta", 0.1), ("gamma", 0.3), ("delta", 0.2), ("eps", 0.1), ("zeta", 0.4)]
start = time.time()


def get(host):
    name, latency = host
    gevent.sleep(latency)
    return name, round(time.time() - start, 1)


pool = Pool(4)
for name, t in pool.imap_unordered(get, hosts):
    print(name, "answered at", t)
print("crawl took", round(time.time() - start, 1))
