"""tornado.httpclient for loopscope: the exception classes and request objects programs
name (HTTPClientError is tornado 6.6's, with the standard reason phrases); scenarios have no
network, so fetching is refused with an OSError that says so."""

# http.client.responses: the reason phrase of every standard status code
responses = {
    100: 'Continue',
    101: 'Switching Protocols',
    102: 'Processing',
    103: 'Early Hints',
    200: 'OK',
    201: 'Created',
    202: 'Accepted',
    203: 'Non-Authoritative Information',
    204: 'No Content',
    205: 'Reset Content',
    206: 'Partial Content',
    207: 'Multi-Status',
    208: 'Already Reported',
    226: 'IM Used',
    300: 'Multiple Choices',
    301: 'Moved Permanently',
    302: 'Found',
    303: 'See Other',
    304: 'Not Modified',
    305: 'Use Proxy',
    307: 'Temporary Redirect',
    308: 'Permanent Redirect',
    400: 'Bad Request',
    401: 'Unauthorized',
    402: 'Payment Required',
    403: 'Forbidden',
    404: 'Not Found',
    405: 'Method Not Allowed',
    406: 'Not Acceptable',
    407: 'Proxy Authentication Required',
    408: 'Request Timeout',
    409: 'Conflict',
    410: 'Gone',
    411: 'Length Required',
    412: 'Precondition Failed',
    413: 'Request Entity Too Large',
    414: 'Request-URI Too Long',
    415: 'Unsupported Media Type',
    416: 'Requested Range Not Satisfiable',
    417: 'Expectation Failed',
    418: "I'm a Teapot",
    421: 'Misdirected Request',
    422: 'Unprocessable Entity',
    423: 'Locked',
    424: 'Failed Dependency',
    425: 'Too Early',
    426: 'Upgrade Required',
    428: 'Precondition Required',
    429: 'Too Many Requests',
    431: 'Request Header Fields Too Large',
    451: 'Unavailable For Legal Reasons',
    500: 'Internal Server Error',
    501: 'Not Implemented',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    504: 'Gateway Timeout',
    505: 'HTTP Version Not Supported',
    506: 'Variant Also Negotiates',
    507: 'Insufficient Storage',
    508: 'Loop Detected',
    510: 'Not Extended',
    511: 'Network Authentication Required',
}


class HTTPClientError(Exception):
    def __init__(self, code, message=None, response=None):
        self.code = code
        self.message = message or responses.get(code, "Unknown")
        self.response = response
        super().__init__(code, message, response)

    def __str__(self):
        return "HTTP %d: %s" % (self.code, self.message)

    __repr__ = __str__


HTTPError = HTTPClientError


class HTTPRequest:
    def __init__(self, url, method="GET", headers=None, body=None, **kwargs):
        self.url = url
        self.method = method
        self.headers = headers if headers is not None else {}
        self.body = body.encode("utf-8") if isinstance(body, str) else body
        for name, value in kwargs.items():
            setattr(self, name, value)


def _refuse(what):
    raise OSError("tornado.httpclient %s is not supported by loopscope: scenarios have no network" % what)


class AsyncHTTPClient:
    def fetch(self, request, raise_error=True, **kwargs):
        _refuse("AsyncHTTPClient.fetch()")

    def close(self):
        pass


class HTTPClient:
    def fetch(self, request, **kwargs):
        _refuse("HTTPClient.fetch()")

    def close(self):
        pass
