# source: https://github.com/sdiehl/gevent-tutorial tutorial.md (Pool size); changes: xrange replaced by range (Python 3)
import gevent
from gevent.pool import Pool

pool = Pool(2)

def hello_from(n):
    print('Size of pool %s' % len(pool))

pool.map(hello_from, range(3))
