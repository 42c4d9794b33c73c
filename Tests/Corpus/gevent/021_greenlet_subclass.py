# A Greenlet subclass overriding _run.
import gevent
from gevent import Greenlet


class Counter(Greenlet):
    def __init__(self, label, n):
        Greenlet.__init__(self)
        self.label = label
        self.n = n

    def _run(self):
        for i in range(self.n):
            print(self.label, i)
            gevent.sleep(0.1)
        return self.label * self.n


gs = [Counter("x", 2), Counter("y", 3)]
for g in gs:
    g.start()
gevent.joinall(gs)
print([g.value for g in gs])
