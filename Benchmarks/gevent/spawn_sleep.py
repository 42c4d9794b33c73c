# gevent: 100,000 greenlets, greenlet i sleeping 0.001 * i s, spawned with gevent.spawn and
# joined with gevent.joinall; prints how many succeeded and the virtual duration.
import time

import gevent

N = 100_000

start = time.time()
greenlets = [gevent.spawn(gevent.sleep, 0.001 * i) for i in range(N)]
gevent.joinall(greenlets)
print("gevent", sum(1 for g in greenlets if g.successful()), "greenlets joined")
print(round(time.time() - start, 2))
