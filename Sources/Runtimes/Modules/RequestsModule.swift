/// `requests` and `grequests` with a declared latency model: a scenario sets
/// `LOOPSCOPE_LATENCY = {"https://a.example": 0.3, ...}` (seconds per URL) at module level;
/// a request takes that long on the virtual clock. `requests.get` blocks the thread unless
/// `time` is monkey-patched (then it waits cooperatively, as with gevent); importing
/// `grequests` patches, as the real one does. An undeclared URL is a clear error.
enum RequestsModule {
    static let requestsSource = #"""
import time as _time
from _loopscope import _latency_table


class RequestException(OSError):
    pass


class ConnectionError(RequestException):
    pass


class Timeout(RequestException):
    pass


class HTTPError(RequestException):
    pass


class Response:
    def __init__(self, method, url):
        self.method = method
        self.url = url
        self.status_code = 200
        self.reason = 'OK'
        self.ok = True
        self.text = ''
        self.content = b''
        self.headers = {}

    def __repr__(self):
        return '<Response [%d]>' % self.status_code

    def __bool__(self):
        return self.ok

    def json(self):
        return {}

    def raise_for_status(self):
        pass


def _latency(url):
    table = _latency_table()
    if table is None:
        raise ConnectionError("loopscope models HTTP: declare LOOPSCOPE_LATENCY = {%r: seconds, ...} in the scenario" % (url,))
    if url not in table:
        raise ConnectionError("loopscope: no latency declared for %r in LOOPSCOPE_LATENCY" % (url,))
    return table[url]


def request(method, url, **kwargs):
    delay = _latency(url)
    timeout = kwargs.get('timeout')
    if timeout is not None and delay > timeout:
        _time.sleep(timeout)
        raise Timeout("HTTPSConnectionPool: Read timed out. (read timeout=%s)" % (timeout,))
    _time.sleep(delay)
    return Response(method.upper(), url)


def get(url, params=None, **kwargs):
    return request('GET', url, **kwargs)


def post(url, data=None, json=None, **kwargs):
    return request('POST', url, **kwargs)


def put(url, data=None, **kwargs):
    return request('PUT', url, **kwargs)


def delete(url, **kwargs):
    return request('DELETE', url, **kwargs)


def head(url, **kwargs):
    return request('HEAD', url, **kwargs)
"""#

    static let grequestsSource = #"""
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
"""#
}
