# gevent.exceptions (and greenlet's GreenletExit).

class GreenletExit(BaseException):
    __module__ = 'greenlet'


class InvalidSwitchError(AssertionError):
    __module__ = 'gevent.exceptions'


class LoopExit(Exception):
    __module__ = 'gevent.exceptions'


class BlockingSwitchOutError(AssertionError):
    __module__ = 'gevent.exceptions'


class ConcurrentObjectUseError(AssertionError):
    __module__ = 'gevent.exceptions'


class _GeventExceptionsNamespace:
    pass
