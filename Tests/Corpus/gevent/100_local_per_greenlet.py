import gevent
from gevent.local import local

data = local()
data.owner = "main"


class Counter(local):
    def __init__(self, start):
        self.count = start
        print("init", start, "in", gevent.getcurrent().name if hasattr(gevent.getcurrent(), "name") else "main")

    def bump(self):
        self.count += 1
        return self.count


counter = Counter(10)


def worker(name, delay):
    data.owner = name
    print(name, "has", getattr(data, "missing", "no 'missing'"))
    gevent.sleep(delay)
    print(name, "sees owner", data.owner)
    for _ in range(3):
        counter.bump()
    gevent.sleep(delay)
    print(name, "count", counter.count)
    return data.owner


g1 = gevent.spawn(worker, "alpha", 0.2)
g2 = gevent.spawn(worker, "beta", 0.1)
gevent.joinall([g1, g2])
print(g1.value, g2.value, "main still sees", data.owner, counter.count)
try:
    data.nothing
except AttributeError as e:
    print("AttributeError:", e)
del data.owner
print(hasattr(data, "owner"))
try:
    del data.owner
except AttributeError as e:
    print("AttributeError:", e)
try:
    counter.nothing
except AttributeError as e:
    print("AttributeError:", e)
