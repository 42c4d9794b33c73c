# gevent.lock: Semaphore, BoundedSemaphore, DummySemaphore and RLock.

class Semaphore(_AbstractLinkable):
    __module__ = 'gevent._gevent_c_semaphore'
    _kind = 'semaphore'

    def __init__(self, value=1, hub=None):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        _AbstractLinkable.__init__(self)
        self.counter = value
        self._id = _resource(self._resource_kind(), self._resource_name(), value)
        _resource_value(self._id, value)

    def _resource_kind(self):
        return 'semaphore'

    def _resource_name(self):
        return type(self).__name__

    def _holder(self, held):
        _resource_holder(self._id, held)

    def __repr__(self):
        return '<%s counter=%s _links[%s]>' % (type(self).__name__, self.counter, len(self._links))

    def locked(self):
        return self.counter <= 0

    def ready(self):
        return self.counter > 0

    def release(self):
        self.counter += 1
        _resource_value(self._id, self.counter)
        self._holder(False)
        self._check_and_notify()
        return self.counter

    def _wait_return_value(self, waited, wait_success):
        if waited:
            return wait_success
        return True

    def wait(self, timeout=None):
        if self.counter > 0:
            return self.counter
        self._wait(timeout)
        return self.counter

    def acquire(self, blocking=True, timeout=None):
        if self.counter > 0:
            self.counter -= 1
            _resource_value(self._id, self.counter)
            self._holder(True)
            return True
        if not blocking:
            return False
        success = self._wait(timeout)
        if not success:
            return False
        self.counter -= 1
        _resource_value(self._id, self.counter)
        self._holder(True)
        return True

    def __enter__(self):
        self.acquire()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    __module__ = 'gevent._gevent_c_semaphore'

    def __init__(self, *args, **kwargs):
        Semaphore.__init__(self, *args, **kwargs)
        self._initial_value = self.counter

    def _resource_kind(self):
        return 'boundedSemaphore'

    def release(self):
        if self.counter >= self._initial_value:
            raise ValueError("Semaphore released too many times")
        return Semaphore.release(self)


class DummySemaphore:
    def __init__(self, value=None):
        self.value = value

    def locked(self):
        return False

    def ready(self):
        return True

    def release(self):
        pass

    def rawlink(self, callback):
        pass

    def unlink(self, callback):
        pass

    def wait(self, timeout=None):
        return 1

    def acquire(self, blocking=True, timeout=None):
        return True

    def __enter__(self):
        pass

    def __exit__(self, typ, val, tb):
        pass


class RLock:
    def __init__(self, hub=None):
        self._block = Semaphore(1)
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=None):
        me = getcurrent()
        if self._owner is me:
            self._count = self._count + 1
            return 1
        rc = self._block.acquire(blocking, timeout)
        if rc:
            self._owner = me
            self._count = 1
        return rc

    def __enter__(self):
        return self.acquire()

    def release(self):
        if self._owner is not getcurrent():
            raise RuntimeError("cannot release un-acquired lock. Owner: %r Current: %r" % (self._owner, getcurrent()))
        self._count = count = self._count - 1
        if not count:
            self._owner = None
            self._block.release()

    def __exit__(self, typ, value, tb):
        self.release()

    def locked(self):
        return self._block.locked()
