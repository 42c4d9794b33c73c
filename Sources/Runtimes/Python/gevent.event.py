# gevent.event: Event and AsyncResult.

class Event(_AbstractLinkable):
    __module__ = 'gevent.event'

    def __init__(self):
        _AbstractLinkable.__init__(self)
        self._flag = False
        self._id = _resource('event', 'Event', None)
        _resource_value(self._id, 0)

    def __repr__(self):
        return '<%s %s _links[%s]>' % (type(self).__name__, 'set' if self._flag else 'clear', len(self._links))

    def is_set(self):
        return self._flag

    isSet = is_set

    def ready(self):
        return self._flag

    def set(self):
        self._flag = True
        _resource_value(self._id, 1)
        self._check_and_notify()

    def clear(self):
        self._flag = False
        _resource_value(self._id, 0)

    def _wait_return_value(self, waited, wait_success):
        return self._flag

    def wait(self, timeout=None):
        return self._wait(timeout)


class AsyncResult(_AbstractLinkable):
    __module__ = 'gevent.event'

    def __init__(self):
        _AbstractLinkable.__init__(self)
        self._value = _NONE
        self._exc_info = ()
        self._id = _resource('future', 'AsyncResult', None)
        _resource_value(self._id, 0)

    @property
    def value(self):
        return self._value if self._value is not _NONE else None

    @property
    def exception(self):
        if self._exc_info:
            return self._exc_info[1]
        return None

    def ready(self):
        return self._value is not _NONE or bool(self._exc_info)

    def successful(self):
        return self._value is not _NONE

    def set(self, value=None):
        self._value = value
        _resource_value(self._id, 1)
        self._check_and_notify()

    def set_exception(self, exception, exc_info=None):
        self._exc_info = (type(exception), exception, None)
        _resource_value(self._id, 1)
        self._check_and_notify()

    def _raise_exception(self):
        raise self._exc_info[1]

    def get(self, block=True, timeout=None):
        if self._value is not _NONE:
            return self._value
        if self._exc_info:
            return self._raise_exception()
        if not block:
            raise Timeout()
        self._wait_core(timeout)
        if self._value is not _NONE:
            return self._value
        if self._exc_info:
            return self._raise_exception()
        raise Timeout()

    def get_nowait(self):
        return self.get(block=False)

    def _wait_return_value(self, waited, gotit):
        if self.ready():
            return self.value
        return None

    def wait(self, timeout=None):
        return self._wait(timeout)

    def __call__(self, source):
        if source.successful():
            self.set(source.value)
        else:
            self.set_exception(source.exception)
