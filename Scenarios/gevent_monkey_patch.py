# Before monkey.patch_time(), time.sleep blocks the whole thread: three greenlets sleeping
# 0.5 s take 1.5 s. After it, time.sleep is gevent.sleep and they overlap (0.5 s).
# In the timeline, the first round runs strictly one greenlet at a time, the second overlaps.
import time

import gevent
from gevent import monkey

start = time.time()


def worker(name):
    print(f"  {time.time() - start:.1f}s {name} calls time.sleep(0.5)")
    time.sleep(0.5)
    print(f"  {time.time() - start:.1f}s {name} wakes up")


def three_workers(label):
    print(label)
    t0 = time.time()
    gevent.joinall([gevent.spawn(worker, name) for name in ("A", "B", "C")])
    print(f"  took {time.time() - t0:.1f} s")


three_workers("unpatched time.sleep (blocks every greenlet):")
monkey.patch_time()  # real programs patch first thing, before other imports
three_workers("after monkey.patch_time() (cooperative):")
