# grequests on gevent and requests: importing it patches time, as the real one does, so
# its requests wait cooperatively.

import gevent
from gevent import monkey as _monkey
from gevent.pool import Pool
import requests

_monkey.patch_all()


class AsyncRequest:
    def __init__(self, method, url, **kwargs):
        self.method = method
        self.url = url
        self.callback = kwargs.pop('callback', None)
        self.kwargs = kwargs
        self.response = None
        self.exception = None

    def __repr__(self):
        return '<grequests.AsyncRequest object at %s>' % self.url

    def send(self, **kwargs):
        try:
            self.response = requests.request(self.method, self.url, **self.kwargs)
            if self.callback is not None:
                self.callback(self.response)
        except Exception as e:
            self.exception = e
        return self


def get(url, **kwargs):
    return AsyncRequest('GET', url, **kwargs)


def post(url, **kwargs):
    return AsyncRequest('POST', url, **kwargs)


def put(url, **kwargs):
    return AsyncRequest('PUT', url, **kwargs)


def delete(url, **kwargs):
    return AsyncRequest('DELETE', url, **kwargs)


def head(url, **kwargs):
    return AsyncRequest('HEAD', url, **kwargs)


def send(r, pool=None, stream=False):
    if pool is not None:
        return pool.spawn(r.send, stream=stream)
    return gevent.spawn(r.send, stream=stream)


def map(requests, stream=False, size=None, exception_handler=None, gtimeout=None):
    requests = list(requests)
    pool = Pool(size) if size else None
    jobs = [send(r, pool, stream=stream) for r in requests]
    gevent.joinall(jobs, timeout=gtimeout)
    ret = []
    for request in requests:
        if request.response is not None:
            ret.append(request.response)
        elif exception_handler:
            ret.append(exception_handler(request, request.exception))
        else:
            ret.append(None)
    return ret


def imap(requests, stream=False, size=2, exception_handler=None):
    pool = Pool(size)

    def send_one(r):
        return r.send(stream=stream)

    for request in pool.imap_unordered(send_one, requests):
        if request.response is not None:
            yield request.response
        elif exception_handler:
            ex_result = exception_handler(request, request.exception)
            if ex_result is not None:
                yield ex_result
    pool.join()
