# apply_async returns a greenlet; callback gets the result; apply blocks.
import gevent
from gevent.pool import Pool

pool = Pool(2)


def add(a, b):
    gevent.sleep(0.1)
    return a + b


g = pool.apply_async(add, (1, 2), callback=lambda r: print("callback got", r))
print("apply_async returned, ready:", g.ready())
print("apply:", pool.apply(add, (10, 20)))
print("async value:", g.get())
pool.join()
print("done")
