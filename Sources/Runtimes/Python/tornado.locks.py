# tornado.locks: Condition, Event, Semaphore, BoundedSemaphore and Lock.

class _TimeoutGarbageCollector:
    def __init__(self):
        self._waiters = _deque()
        self._timeouts = 0

    def _garbage_collect(self):
        self._timeouts += 1
        if self._timeouts > 100:
            self._timeouts = 0
            self._waiters = _deque(w for w in self._waiters if not w.done())


class Condition(_TimeoutGarbageCollector):
    def __init__(self):
        super().__init__()
        self._id = _resource('condition', 'Condition', None)

    def __repr__(self):
        result = "<%s" % (self.__class__.__name__,)
        if self._waiters:
            result += " waiters[%s]" % len(self._waiters)
        return result + ">"

    def wait(self, timeout=None):
        waiter = Future()
        self._waiters.append(waiter)
        _waits(waiter, 'condition', self._id, False)
        if timeout:
            io_loop = IOLoop.current()

            def on_timeout():
                if not waiter.done():
                    future_set_result_unless_cancelled(waiter, False)
                self._garbage_collect()
            timeout_handle = io_loop.add_timeout(timeout, on_timeout)
            waiter.add_done_callback(lambda _: io_loop.remove_timeout(timeout_handle))
        return waiter

    def notify(self, n=1):
        waiters = []
        while n and self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                n -= 1
                waiters.append(waiter)
        for waiter in waiters:
            future_set_result_unless_cancelled(waiter, True)

    def notify_all(self):
        self.notify(len(self._waiters))


class Event:
    # tornado keeps the waiters in a set; a dict has the same O(1) removal.
    def __init__(self):
        self._value = False
        self._waiters = {}
        self._id = _resource('event', 'Event', None)
        _resource_value(self._id, 0)

    def __repr__(self):
        return "<%s %s>" % (self.__class__.__name__, "set" if self.is_set() else "clear")

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            _resource_value(self._id, 1)
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(None)

    def clear(self):
        self._value = False
        _resource_value(self._id, 0)

    def wait(self, timeout=None):
        fut = Future()
        if self._value:
            fut.set_result(None)
            return fut
        self._waiters[fut] = None
        _waits(fut, 'event', self._id, False)
        fut.add_done_callback(lambda fut: self._waiters.pop(fut, None))
        if timeout is None:
            return fut
        else:
            timeout_fut = with_timeout(timeout, fut)
            timeout_fut.add_done_callback(lambda tf: fut.cancel() if not fut.done() else None)
            return timeout_fut


class _ReleasingContextManager:
    def __init__(self, obj):
        self._obj = obj

    def __enter__(self):
        pass

    def __exit__(self, exc_type, exc_val, exc_tb):
        self._obj.release()


class Semaphore(_TimeoutGarbageCollector):
    _kind = 'semaphore'

    def __init__(self, value=1):
        super().__init__()
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value
        self._id = _resource(self._kind, getattr(self, '_label', type(self).__name__), value)
        self._traced()

    def _traced(self):
        _resource_value(self._id, self._value)

    def __repr__(self):
        res = "<tornado.locks.%s object at %s" % (self.__class__.__name__, hex(id(self)))
        extra = "locked" if self._value == 0 else "unlocked,value:{0}".format(self._value)
        if self._waiters:
            extra = "{0},waiters:{1}".format(extra, len(self._waiters))
        return "{0} [{1}]>".format(res, extra)

    def release(self):
        self._value += 1
        _resource_holder(self._id, False)
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                self._value -= 1
                waiter.set_result(_ReleasingContextManager(self))
                break
        self._traced()

    def acquire(self, timeout=None):
        waiter = Future()
        if self._value > 0:
            self._value -= 1
            self._traced()
            _resource_holder(self._id, True)
            waiter.set_result(_ReleasingContextManager(self))
        else:
            self._waiters.append(waiter)
            _waits(waiter, self._kind, self._id, True)
            if timeout:
                io_loop = IOLoop.current()
                def on_timeout():
                    if not waiter.done():
                        waiter.set_exception(TimeoutError())
                    self._garbage_collect()
                timeout_handle = io_loop.add_timeout(timeout, on_timeout)
                waiter.add_done_callback(lambda _: io_loop.remove_timeout(timeout_handle))
        return waiter

    def __enter__(self):
        raise RuntimeError("Use 'async with' instead of 'with' for Semaphore")

    def __exit__(self, typ, value, traceback):
        self.__enter__()

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, typ, value, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    _kind = 'boundedSemaphore'

    def __init__(self, value=1):
        super().__init__(value=value)
        self._initial_value = value

    def release(self):
        if self._value >= self._initial_value:
            raise ValueError("Semaphore released too many times")
        super().release()


class _LockBlock(BoundedSemaphore):
    # A Lock's semaphore, shown as the lock: 1 while locked.
    _kind = 'lock'
    _label = 'Lock'

    def _traced(self):
        _resource_value(self._id, 1 - self._value)


class Lock:
    def __init__(self):
        self._block = _LockBlock(value=1)

    def __repr__(self):
        return "<%s _block=%r>" % (self.__class__.__name__, self._block)

    def acquire(self, timeout=None):
        return self._block.acquire(timeout)

    def release(self):
        try:
            self._block.release()
        except ValueError:
            raise RuntimeError("release unlocked lock")

    def __enter__(self):
        raise RuntimeError("Use `async with` instead of `with` for Lock")

    def __exit__(self, typ, value, tb):
        self.__enter__()

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, typ, value, tb):
        self.release()
