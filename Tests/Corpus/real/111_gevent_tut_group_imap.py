# source: https://github.com/sdiehl/gevent-tutorial tutorial.md (Groups: map, imap, imap_unordered); changes: xrange replaced by range (Python 3); id(getcurrent()) replaced by getcurrent().name (ids differ per run)
import gevent
from gevent import getcurrent
from gevent.pool import Group

group = Group()

def hello_from(n):
    print('Size of group %s' % len(group))
    print('Hello from Greenlet %s' % getcurrent().name)

group.map(hello_from, range(3))


def intensive(n):
    gevent.sleep(3 - n)
    return 'task', n

print('Ordered')

ogroup = Group()
for i in ogroup.imap(intensive, range(3)):
    print(i)

print('Unordered')

igroup = Group()
for i in igroup.imap_unordered(intensive, range(3)):
    print(i)
