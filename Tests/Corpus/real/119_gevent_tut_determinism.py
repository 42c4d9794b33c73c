# source: https://github.com/sdiehl/gevent-tutorial tutorial.md (Determinism, gevent half); changes: the multiprocessing half removed (processes), xrange replaced by range (Python 3)

import time

def echo(i):
    time.sleep(0.001)
    return i

# Deterministic Gevent Pool

from gevent.pool import Pool

p = Pool(10)
run1 = [a for a in p.imap_unordered(echo, range(10))]
run2 = [a for a in p.imap_unordered(echo, range(10))]
run3 = [a for a in p.imap_unordered(echo, range(10))]
run4 = [a for a in p.imap_unordered(echo, range(10))]

print(run1 == run2 == run3 == run4)
