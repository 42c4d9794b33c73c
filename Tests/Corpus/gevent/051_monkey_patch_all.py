# monkey.patch_all() patches time.sleep among many others.
from gevent import monkey
monkey.patch_all()
import time
import gevent

start = time.time()
print("patched time:", monkey.is_module_patched("time"))


def task(n, d):
    time.sleep(d)
    print("task", n, "slept", d)
    return n


jobs = [gevent.spawn(task, n, d) for n, d in ((1, 0.3), (2, 0.1), (3, 0.2))]
gevent.joinall(jobs)
print([g.value for g in jobs], round(time.time() - start, 1))
