from tornado import httpclient
from tornado.httpclient import HTTPClientError, HTTPError, HTTPRequest

for code in (404, 500, 599, 418, 200):
    e = HTTPClientError(code)
    print(str(e), repr(e), e.code, e.message, e.response, e.args)
e = HTTPError(503, 'Try later')
print(e, isinstance(e, httpclient.HTTPClientError), isinstance(e, Exception))
try:
    raise HTTPClientError(404)
except HTTPError as err:
    print('caught', err)
r = HTTPRequest('http://example.com/', method='POST', body='x=1')
print(r.url, r.method, r.body)
