# gevent.timeout: Timeout and with_timeout.

class Timeout(BaseException):
    __module__ = 'gevent.timeout'

    def __init__(self, seconds=None, exception=None, ref=True, priority=-1):
        BaseException.__init__(self)
        self.seconds = seconds
        self.exception = exception
        self.timer = None

    def start(self):
        if self.pending:
            raise AssertionError('%r is already started; to restart it, cancel it first' % self)
        if self.seconds is None:
            return
        if self.exception is None or self.exception is False or isinstance(self.exception, str):
            throws = self
        else:
            throws = self.exception
        self.timer = _timer(self.seconds, getcurrent().throw, throws, update=True)

    @classmethod
    def start_new(cls, timeout=None, exception=None, ref=True):
        if isinstance(timeout, Timeout):
            if not timeout.pending:
                timeout.start()
            return timeout
        t = cls(timeout, exception, ref=ref)
        t.start()
        return t

    @staticmethod
    def _start_new_or_dummy(timeout, exception=None, ref=True):
        if timeout is None:
            return _FAKE_TIMER
        return Timeout.start_new(timeout, exception, ref)

    @property
    def pending(self):
        return self.timer is not None and self.timer.pending

    def cancel(self):
        if self.timer is not None:
            self.timer.stop()
            self.timer = None

    def close(self):
        self.cancel()

    def __repr__(self):
        return '<Timeout seconds=%s>' % (self.seconds,)

    def __str__(self):
        if self.seconds is None:
            return ''
        suffix = '' if self.seconds == 1 else 's'
        if self.exception is None:
            return '%s second%s' % (self.seconds, suffix)
        if self.exception is False:
            return '%s second%s (silent)' % (self.seconds, suffix)
        return '%s second%s: %s' % (self.seconds, suffix, self.exception)

    def __enter__(self):
        if not self.pending:
            self.start()
        return self

    def __exit__(self, typ, value, tb):
        self.close()
        if value is self and self.exception is False:
            return True
        return None


class _FakeTimer:
    pending = False
    seconds = None

    def start(self, *args, **kwargs):
        raise AssertionError("non-expiring timer cannot be started")

    def stop(self):
        return

    cancel = stop
    close = stop

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        return


_FAKE_TIMER = _FakeTimer()


def with_timeout(seconds, function, *args, **kwds):
    timeout_value = kwds.pop("timeout_value", _NONE)
    timeout = Timeout.start_new(seconds)
    try:
        try:
            return function(*args, **kwds)
        except Timeout as ex:
            if ex is timeout and timeout_value is not _NONE:
                return timeout_value
            raise
    finally:
        timeout.cancel()
