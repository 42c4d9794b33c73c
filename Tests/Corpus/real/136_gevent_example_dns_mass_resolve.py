# source: https://github.com/gevent/gevent/blob/master/examples/dns_mass_resolve.py; changes: socket.gethostbyname (DNS) replaced by a stand-in that sleeps 0.03 s and fails for every 7th name
#!/usr/bin/python
# gevent-test-requires-resource: network
"""Resolve hostnames concurrently, exit after 2 seconds.

Under the hood, this might use an asynchronous resolver based on
c-ares (the default) or thread-pool-based resolver.

You can choose between resolvers using GEVENT_RESOLVER environment
variable. To enable threading resolver:

    GEVENT_RESOLVER=thread python dns_mass_resolve.py
"""
from __future__ import print_function
import gevent
from gevent import socket
from gevent.pool import Pool

N = 1000
# limit ourselves to max 10 simultaneous outstanding requests
pool = Pool(10)
finished = 0


def gethostbyname(url):
    gevent.sleep(0.03)
    n = int(url[:-4])
    if n % 7 == 0:
        raise socket.gaierror(-2, 'Name or service not known')
    return '10.0.%d.%d' % (n // 256, n % 256)


def job(url):
    global finished
    try:
        try:
            ip = gethostbyname(url)
            print('%s = %s' % (url, ip))
        except socket.gaierror as ex:
            print('%s failed with %s' % (url, ex))
    finally:
        finished += 1

with gevent.Timeout(2, False):
    for x in range(10, 10 + N):
        pool.spawn(job, '%s.com' % x)
    pool.join()

print('finished within 2 seconds: %s/%s' % (finished, N))
