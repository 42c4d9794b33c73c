# source: https://github.com/gevent/gevent/blob/master/src/gevent/_hub_primitives.py (iwait docstring: with gevent.iwait((a, b, c)) as it); changes: a, b, c are greenlets sleeping 0.3, 0.1 and 0.2 s; prints added
import gevent
a = gevent.spawn(gevent.sleep, 0.3)
b = gevent.spawn(gevent.sleep, 0.1)
c = gevent.spawn(gevent.sleep, 0.2)
names = {id(a): 'a', id(b): 'b', id(c): 'c'}
with gevent.iwait((a, b, c)) as it:
    for i in it:
        print('ready:', names[id(i)])
        if i is a:
            break
print('done')
