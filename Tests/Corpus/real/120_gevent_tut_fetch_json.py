# source: https://github.com/sdiehl/gevent-tutorial tutorial.md (Synchronous & Asynchronous Execution, fetch); changes: urllib2.urlopen of jsontime.herokuapp.com replaced by gevent.sleep(0.1) and a fixed JSON reply, simplejson replaced by json
import gevent.monkey
gevent.monkey.patch_socket()

import gevent
import json

def fetch(pid):
    gevent.sleep(0.1)
    result = '{"datetime": "2013-05-31T01:02:03.000000+00:00"}'
    json_result = json.loads(result)
    datetime = json_result['datetime']

    print('Process %s: %s' % (pid, datetime))
    return json_result['datetime']

def synchronous():
    for i in range(1,10):
        fetch(i)

def asynchronous():
    threads = []
    for i in range(1,10):
        threads.append(gevent.spawn(fetch, i))
    gevent.joinall(threads)

print('Synchronous:')
synchronous()

print('Asynchronous:')
asynchronous()
