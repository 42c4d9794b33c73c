# gevent.sleep interrupted by kill and by a Timeout (its timer goes with it: the loop ends
# when the last real timer fires), sleep(True), a link after join, and gevent.wait with a
# timeout and with a count.
import gevent, time
from gevent import Timeout
def sleeper(n):
    try:
        gevent.sleep(n)
        print("slept", n)
    except gevent.GreenletExit:
        print("killed", n)
    finally:
        print("finally", n)
a = gevent.spawn(sleeper, 5)
b = gevent.spawn(sleeper, 0.3)
gevent.sleep(0.1)
a.kill()
print("after kill", round(time.time() % 100, 1))
try:
    with Timeout(0.2):
        gevent.sleep(1)
except Timeout:
    print("timeout")
gevent.sleep(True)
print("bool sleep done")
gevent.sleep(0)
def cb(g):
    print("link callback")
b.link(cb)
b.join()
print("joined")
r = gevent.wait([gevent.spawn(gevent.sleep, 0.2), gevent.spawn(gevent.sleep, 5)], timeout=0.5)
print(len(r))
r = gevent.wait([gevent.spawn(gevent.sleep, 0.2) for _ in range(3)], count=2)
print(len(r))
gevent.sleep(5)
print("end", round(time.time() % 100, 1))
