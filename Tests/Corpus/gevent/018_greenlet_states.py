# started / ready() / dead / bool(g) through a greenlet's life.
import gevent
from gevent import Greenlet


def state(tag, g):
    print(tag, "started:", g.started, "ready:", g.ready(), "dead:", g.dead, "bool:", bool(g))


def body():
    gevent.sleep(0.1)
    return 1


g = Greenlet(body)
state("created", g)
g.start()
state("started", g)
gevent.sleep(0)
state("running", g)
g.join()
state("finished", g)
