# requests with a declared latency model: a scenario sets
# LOOPSCOPE_LATENCY = {"https://a.example": 0.3, ...} (seconds per URL) at module level;
# a request takes that long on the virtual clock. requests.get blocks the thread unless
# time is monkey-patched (then it waits cooperatively, as with gevent). An undeclared URL
# is a clear error.

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
