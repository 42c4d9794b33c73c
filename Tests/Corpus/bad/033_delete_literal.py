import gevent

pool = [gevent.spawn(gevent.sleep, 1)]
gevent.joinall(pool)
del pool, 1
