"""gevent.socket for loopscope: the exception classes and constants programs catch and name.
Scenarios have no network, so every network operation is refused with an OSError that says
so (the traceback gives the line)."""

error = OSError
timeout = TimeoutError


class herror(OSError):
    __module__ = 'socket'


class gaierror(OSError):
    __module__ = 'socket'


AF_UNIX = 1
AF_INET = 2
AF_INET6 = 10
SOCK_STREAM = 1
SOCK_DGRAM = 2
SOL_SOCKET = 1
SO_REUSEADDR = 2
IPPROTO_TCP = 6


def _refuse(name):
    raise OSError("gevent.socket.%s() is not supported by loopscope: scenarios have no network" % name)


def socket(*args, **kwargs):
    _refuse('socket')


def create_connection(*args, **kwargs):
    _refuse('create_connection')


def gethostbyname(*args, **kwargs):
    _refuse('gethostbyname')


def gethostbyname_ex(*args, **kwargs):
    _refuse('gethostbyname_ex')


def gethostbyaddr(*args, **kwargs):
    _refuse('gethostbyaddr')


def getaddrinfo(*args, **kwargs):
    _refuse('getaddrinfo')


def getnameinfo(*args, **kwargs):
    _refuse('getnameinfo')


def socketpair(*args, **kwargs):
    _refuse('socketpair')


def fromfd(*args, **kwargs):
    _refuse('fromfd')


def wait_read(*args, **kwargs):
    _refuse('wait_read')


def wait_write(*args, **kwargs):
    _refuse('wait_write')
