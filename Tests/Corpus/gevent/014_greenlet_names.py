# Default names are 'Greenlet-N' with N the smallest free number, assigned
# lazily the first time .name is read (not at creation).
import gevent


def job(n):
    gevent.sleep(0.1)
    return n


a = gevent.spawn(job, 1)
b = gevent.spawn(job, 2)
c = gevent.spawn(job, 3)
print("c first:", c.name)
print("a second:", a.name)
print("b third:", b.name)
d = gevent.spawn(job, 4)
d.name = "downloader"
print("custom:", d.name)
gevent.joinall([a, b, c, d])
print("names stay:", a.name, b.name, c.name)
