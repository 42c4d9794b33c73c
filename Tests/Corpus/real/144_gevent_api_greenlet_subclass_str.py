# source: https://github.com/gevent/gevent/blob/master/docs/api/gevent.greenlet.rst (Subclassing Greenlet: MyNoopGreenlet); changes: imports added; two greenlets started and joined, their str printed
import gevent
from gevent import Greenlet

class MyNoopGreenlet(Greenlet):

    def __init__(self, seconds):
        Greenlet.__init__(self)
        self.seconds = seconds

    def _run(self):
        gevent.sleep(self.seconds)

    def __str__(self):
        return 'MyNoopGreenlet(%s)' % self.seconds

a = MyNoopGreenlet(0.2)
b = MyNoopGreenlet(0.1)
a.start()
b.start()
gevent.joinall([a, b])
print(str(a), str(b), a.dead, b.dead)
