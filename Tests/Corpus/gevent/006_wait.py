# gevent.wait(objects) waits for all of them; wait() with no arguments
# waits until the loop has nothing left to do.
import gevent


def work(n):
    gevent.sleep(0.1 * n)
    print("work", n)


a = gevent.spawn(work, 3)
b = gevent.spawn(work, 1)
done = gevent.wait([a, b])
print("wait returned", len(done), "objects")
gevent.spawn(work, 2)
gevent.spawn_later(0.5, print, "late callback")
gevent.wait()
print("loop is idle")
