# Pool(3).map returns results in input order once every job is done, while
# imap_unordered hands each result over the moment its job finishes.
# In the timeline, map prints one list at the end; imap_unordered prints as jobs complete.
import time

import gevent
from gevent.pool import Pool

DELAYS = [0.5, 0.2, 0.4, 0.1, 0.3]
start = time.time()


def work(i):
    gevent.sleep(DELAYS[i])
    print(f"{time.time() - start:.1f}s   job {i} done ({DELAYS[i]} s)")
    return i * 10


pool = Pool(3)
print("map:")
results = pool.map(work, range(len(DELAYS)))
print(f"{time.time() - start:.1f}s map returned {results}")

print("imap_unordered:")
for result in pool.imap_unordered(work, range(len(DELAYS))):
    print(f"{time.time() - start:.1f}s got {result}")
print(f"{time.time() - start:.1f}s total")
