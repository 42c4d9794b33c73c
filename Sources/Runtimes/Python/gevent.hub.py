# gevent.hub: the hub, Waiter, sleep and idle.

_NONE = object()


def get_hub():
    return _Hub


class _TimerWatcher:
    # a libev timer watcher of the hub's loop: start(callback, *args) calls it once after
    # `after` seconds, then every `repeat` seconds while repeat is not 0
    def __init__(self, after, repeat):
        if repeat < 0:
            raise ValueError("repeat must be positive or zero: %r" % (repeat,))
        self.after = after
        self.repeat = repeat
        self.callback = None
        self.args = ()
        self._timer = None
        self.closed = False

    @property
    def active(self):
        return self._timer is not None and self._timer.pending

    def start(self, callback, *args, update=None):
        if self.closed:
            raise ValueError('operation on destroyed loop')
        self.callback = callback
        self.args = args
        self.stop()
        self._timer = _timer(self.after, self._fire, update=bool(update))

    def again(self, callback, *args, update=True):
        self.callback = callback
        self.args = args
        self.stop()
        if self.repeat:
            self._timer = _timer(self.repeat, self._fire, update=bool(update))

    def _fire(self):
        self._timer = _timer(self.repeat, self._fire) if self.repeat else None
        self.callback(*self.args)

    def stop(self):
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def close(self):
        self.stop()
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        self.close()


class _HubLoop:
    def timer(self, after, repeat=0.0, ref=True, priority=None):
        return _TimerWatcher(after, repeat)


class _HubType:
    loop = _HubLoop()

    def __repr__(self):
        return '<Hub>'


_Hub = _HubType()


class Waiter:
    # switch() and throw() must be called from the hub; get() from any other greenlet
    def __init__(self, hub=None):
        self.hub = get_hub() if hub is None else hub
        self.greenlet = None
        self.value = None
        self._exception = _NONE

    def clear(self):
        self.greenlet = None
        self.value = None
        self._exception = _NONE

    def __str__(self):
        if self._exception is _NONE:
            return '<%s greenlet=%s>' % (type(self).__name__, self.greenlet)
        if self._exception is None:
            return '<%s greenlet=%s value=%r>' % (type(self).__name__, self.greenlet, self.value)
        return '<%s greenlet=%s exc_info=%r>' % (type(self).__name__, self.greenlet, self.exc_info)

    def ready(self):
        return self._exception is not _NONE

    def successful(self):
        return self._exception is None

    @property
    def exc_info(self):
        if self._exception is not _NONE:
            return self._exception

    def switch(self, value=None):
        if self.greenlet is None:
            self.value = value
            self._exception = None
        else:
            if not _in_hub():
                raise AssertionError("Can only use Waiter.switch method from the Hub greenlet")
            self.greenlet.switch(value)

    def switch_args(self, *args):
        return self.switch(args)

    def throw(self, *throw_args):
        if self.greenlet is None:
            self._exception = throw_args
        else:
            if not _in_hub():
                raise AssertionError("Can only use Waiter.switch method from the Hub greenlet")
            self.greenlet.throw(_thrown(throw_args))

    def get(self, kind=None, obj=None):
        if self._exception is not _NONE:
            if self._exception is None:
                return self.value
            raise _thrown(self._exception)
        if self.greenlet is not None:
            raise ConcurrentObjectUseError('This Waiter is already used by %r' % (self.greenlet, ))
        self.greenlet = getcurrent()
        try:
            return _hub_switch(kind, obj)
        finally:
            self.greenlet = None

    def __call__(self, source):
        if source.exception is None:
            self.switch(source.value)
        else:
            self.throw(source.exception)


def _thrown(throw_args):
    # greenlet.throw(typ, val, tb) raises val, or typ (an instance or a class)
    if len(throw_args) > 1 and throw_args[1] is not None:
        return throw_args[1]
    return throw_args[0]


_ELSEWHERE = object()


def sleep(seconds=0, ref=True):
    # _sleep waits in a greenlet for an int or float number of seconds and returns anything
    # but its second argument, else it does nothing and returns it
    if _sleep(seconds, _ELSEWHERE) is not _ELSEWHERE:
        return
    if seconds <= 0:
        waiter = Waiter()
        _run_callback(waiter.switch, None)
        waiter.get('sleep', 0)
    else:
        # from hub code (a link callback, ...), or a number _sleep does not take
        waiter = Waiter()
        t = _timer(seconds, waiter.switch, None, update=True)
        try:
            waiter.get('sleep', seconds)
        finally:
            t.stop()


def idle(priority=0):
    waiter = Waiter()
    _idle(waiter.switch)
    waiter.get('idle', None)
