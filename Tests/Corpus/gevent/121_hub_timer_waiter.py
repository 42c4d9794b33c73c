import gevent
from gevent import get_hub
from gevent.hub import Waiter
from gevent.time import sleep

loop = get_hub().loop

# a one-shot timer switching into a Waiter
w = Waiter()
t = loop.timer(0.1)
t.start(w.switch, 'first')
print('active:', t.active)
print(w.get())
print('active after firing:', t.active)
t.close()

# the value arrives before get(): get() returns at once
w = Waiter()
t = loop.timer(0.1)
t.start(w.switch, 'early')
sleep(0.2)
print(w.ready(), w.successful(), w.get())
t.close()

# stop() before it fires: nothing happens
hits = []
t = loop.timer(0.1)
t.start(hits.append, 'stopped')
t.stop()
sleep(0.2)
print('hits after stop:', hits)

# a repeating timer
ticks = []
t = loop.timer(0.1, 0.05)
t.start(lambda: ticks.append(round(gevent.get_hub().loop is loop and len(ticks), 2)))
sleep(0.27)
t.stop()
print('ticks:', ticks)

# again() restarts a repeating timer from now
ticks2 = []
t = loop.timer(0.5, 0.1)
t.start(ticks2.append, 'late')
sleep(0.05)
t.again(ticks2.append, 'again')
sleep(0.25)
t.stop()
print('again:', ticks2)

# throw() into a waiting greenlet
def waiter_job(w):
    try:
        w.get()
    except ValueError as e:
        print('thrown in:', repr(e))

w = Waiter()
g = gevent.spawn(waiter_job, w)
gevent.sleep(0.01)
try:
    w.throw(ValueError('not from the hub'))
except AssertionError as e:
    print('main cannot throw:', e)
t = loop.timer(0.01)
t.start(w.throw, ValueError('boom'))
g.join()
t.close()

# throw() before get(): get() raises it
w = Waiter()
w.throw(KeyError('stored'))
print(w.ready(), w.successful(), w.exc_info)
try:
    w.get()
except KeyError as e:
    print('get raised', repr(e))

# switch() into a waiting greenlet from the hub
w = Waiter()
g = gevent.spawn(lambda: print('got', w.get()))
gevent.sleep(0.01)
t = loop.timer(0.02)
t.start(w.switch, 'from the hub')
g.join()
t.close()
print('done')
