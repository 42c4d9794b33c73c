# A fan-out of eight modelled HTTP requests through a gevent Pool(3): at most three are
# in flight, each free slot is taken by the next URL, and responses arrive by latency.
# In the timeline, watch three requests overlap at any moment; the program takes 1.0 s.
import time

import gevent
from gevent.pool import Pool

LATENCY = {"/home": 0.3, "/search": 0.5, "/login": 0.2, "/cart": 0.4,
           "/help": 0.1, "/news": 0.6, "/shop": 0.3, "/about": 0.1}
start = time.time()
completed = []


def fetch(url):
    print(f"{time.time() - start:.1f}s GET {url}")
    gevent.sleep(LATENCY[url])  # stands in for the network round trip
    completed.append(url)
    print(f"{time.time() - start:.1f}s 200 {url} ({LATENCY[url]} s)")


pool = Pool(3)
for url in LATENCY:
    pool.spawn(fetch, url)  # waits here while three requests are in flight
pool.join()
print("completion order:", " ".join(completed))
print(f"total {time.time() - start:.1f} s (sequential: {sum(LATENCY.values()):.1f} s)")
