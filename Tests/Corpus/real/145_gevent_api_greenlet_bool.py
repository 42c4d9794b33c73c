# source: https://github.com/gevent/gevent/blob/master/docs/api/gevent.greenlet.rst (Boolean Contexts: while g); changes: gevent.spawn(...) filled with a 0.35 s sleep; the loop body prints and sleeps 0.1 s
import gevent
g = gevent.spawn(gevent.sleep, 0.35)
while g:
    # do something while g is alive
    print('still running')
    gevent.sleep(0.1)
print('done', bool(g), g.dead)
