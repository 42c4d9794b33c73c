"""traceback: format_exc, print_exc, format_exception and print_exception, with the
text loopscope prints for an uncaught exception."""

import sys
from _loopscope import _format_exception, _handled_exception


def format_exception(exc, value=None, tb=None):
    if value is not None and not isinstance(exc, BaseException):
        exc = value
    return _format_exception(exc).splitlines(True)


def print_exception(exc, value=None, tb=None, file=None):
    (file or sys.stderr).write(''.join(format_exception(exc, value)))


def format_exc():
    exc = _handled_exception()
    if exc is None:
        return 'NoneType: None\n'
    return _format_exception(exc)


def print_exc(file=None):
    (file or sys.stderr).write(format_exc())


def format_exception_only(exc, value=None):
    if value is not None and not isinstance(exc, BaseException):
        exc = value
    return [_format_exception(exc).splitlines(True)[-1]]
