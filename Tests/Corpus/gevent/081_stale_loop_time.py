# libev caches "now"; a blocking time.sleep moves the clock without updating
# it. spawn_later/Timeout count from that stale time (so they fire early),
# gevent.sleep refreshes it first (so it counts from the real now).
import time
import gevent

start = time.time()


def report(what):
    print(what, "at", round(time.time() - start, 1))


gevent.spawn(report, "spawned greenlet runs")
time.sleep(0.5)
report("blocking sleep over")
gevent.spawn_later(0.3, report, "spawn_later(0.3) fires")
gevent.spawn(lambda: (gevent.sleep(0.3), report("gevent.sleep(0.3) ends")))
try:
    with gevent.Timeout(0.4):
        gevent.sleep(1)
except gevent.Timeout:
    report("Timeout(0.4) expires")
gevent.sleep(0.5)
report("main done")
