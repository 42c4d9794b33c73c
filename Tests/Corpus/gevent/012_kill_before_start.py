# A greenlet killed before it ever ran never runs its function.
import gevent


def never():
    print("this never prints")


def sometimes(n):
    print("sometimes", n)


g = gevent.spawn(never)
h = gevent.spawn(sometimes, 1)
g.kill()
print("g dead:", g.dead, "started:", bool(g))
gevent.sleep(0)
print("h dead:", h.dead)
print("g value type:", type(g.value).__name__)
