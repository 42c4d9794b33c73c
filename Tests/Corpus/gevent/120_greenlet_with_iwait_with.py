import gevent
from gevent import Greenlet


def work(name, delay):
    print(name, 'starts')
    gevent.sleep(delay)
    print(name, 'ends')
    return name.upper()


with Greenlet.spawn(work, 'a', 0.1) as g:
    print('in suite, started:', g.started, 'dead:', g.dead)
print('after with:', g.dead, g.successful(), g.value)

g2 = Greenlet.spawn(work, 'b', 0.2)
gevent.sleep(0.05)
try:
    with g2:
        raise KeyError('body failed')
except KeyError as e:
    print('caught', repr(e))
print('b:', g2.dead, g2.successful(), repr(g2.exception))

try:
    with Greenlet.spawn(work, 'never', 0.1) as g3:
        raise ValueError('before start')
except ValueError as e:
    print('caught', repr(e))
print('never:', g3.dead, g3.successful(), repr(g3.exception))
try:
    g3.get(block=False)
except ValueError as e:
    print('get raises', repr(e))

a = gevent.spawn(work, 'x', 0.3)
b = gevent.spawn(work, 'y', 0.1)
c = gevent.spawn(work, 'z', 0.2)
with gevent.iwait((a, b, c)) as it:
    for done in it:
        print('ready:', done.value)
        if done is c:
            break
print('a dead:', a.dead)
a.join()
print('x value', a.value)
