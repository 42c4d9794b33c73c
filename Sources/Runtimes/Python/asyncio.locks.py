# asyncio.locks: Lock, Event, Condition, Semaphore, BoundedSemaphore and Barrier (new in
# 3.11, as CPython writes it, on Condition; its states are the values of CPython's
# _BarrierState enum, which only the repr shows). The hot methods of Lock, Event and the
# semaphores also exist natively (AsyncioNatives) for instances of these classes.

# Synchronisation primitives: waiters are served in FIFO order.

class _ContextManagerMixin:
    __module__ = 'asyncio.locks'

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin):
    __module__ = 'asyncio.locks'

    def __init__(self):
        self._waiters = None
        self._locked = False
        self._id = _resource('lock', 'Lock', None)
        _resource_value(self._id, 0)

    def __repr__(self):
        res = super().__repr__()
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    def locked(self):
        return self._locked

    async def acquire(self):
        if (not self._locked and (self._waiters is None or
                all(w.cancelled() for w in self._waiters))):
            self._locked = True
            _resource_value(self._id, 1)
            _resource_holder(self._id, True)
            return True
        if self._waiters is None:
            self._waiters = _deque()
        fut = get_running_loop().create_future()
        _tag(fut, 'lock', self._id)
        self._waiters.append(fut)
        _resource_waiter(self._id, True, None)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
                _resource_waiter(self._id, False, None)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        _resource_value(self._id, 1)
        _resource_holder(self._id, True)
        return True

    def release(self):
        if self._locked:
            self._locked = False
            _resource_value(self._id, 0)
            _resource_holder(self._id, False)
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event:
    __module__ = 'asyncio.locks'

    def __init__(self):
        self._waiters = _deque()
        self._value = False
        self._id = _resource('event', 'Event', None)
        _resource_value(self._id, 0)

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            _resource_value(self._id, 1)
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False
        _resource_value(self._id, 0)

    async def wait(self):
        if self._value:
            return True
        fut = get_running_loop().create_future()
        _tag(fut, 'event', self._id)
        self._waiters.append(fut)
        _resource_waiter(self._id, True, None)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)
            _resource_waiter(self._id, False, None)


class Condition(_ContextManagerMixin):
    __module__ = 'asyncio.locks'

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _deque()
        self._id = _resource('condition', 'Condition', None)

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = get_running_loop().create_future()
            _tag(fut, 'condition', self._id)
            self._waiters.append(fut)
            _resource_waiter(self._id, True, None)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
                _resource_waiter(self._id, False, None)
        finally:
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin):
    __module__ = 'asyncio.locks'

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value
        self._id = _resource(self._kind(), type(self).__name__, value)
        _resource_value(self._id, value)

    def _kind(self):
        return 'semaphore'

    def locked(self):
        return self._value == 0 or (
            any(not w.cancelled() for w in (self._waiters or ())))

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            _resource_value(self._id, self._value)
            _resource_holder(self._id, True)
            return True
        if self._waiters is None:
            self._waiters = _deque()
        fut = get_running_loop().create_future()
        _tag(fut, 'semaphore', self._id)
        self._waiters.append(fut)
        _resource_waiter(self._id, True, None)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
                _resource_waiter(self._id, False, None)
        except CancelledError:
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        _resource_holder(self._id, True)
        return True

    def release(self):
        self._value += 1
        _resource_value(self._id, self._value)
        _resource_holder(self._id, False)
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return False
        fut = _first_pending(self._waiters)
        if fut is not None:
            self._value -= 1
            _resource_value(self._id, self._value)
            fut.set_result(True)
            return True
        return False


class BoundedSemaphore(Semaphore):
    __module__ = 'asyncio.locks'

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def _kind(self):
        return 'boundedSemaphore'

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class BrokenBarrierError(RuntimeError):
    __module__ = 'asyncio.exceptions'


class Barrier:
    __module__ = 'asyncio.locks'

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = 'filling'
        self._count = 0

    def __repr__(self):
        res = super().__repr__()
        extra = f'{self._state}'
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self.parties}'
        return f'<{res[1:-1]} [{extra}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        async with self._cond:
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    await self._release()
                else:
                    await self._wait()
                return index
            finally:
                self._count -= 1
                self._exit()

    async def _block(self):
        await self._cond.wait_for(lambda: self._state not in ('draining', 'resetting'))
        if self._state == 'broken':
            raise BrokenBarrierError("Barrier aborted")

    async def _release(self):
        self._state = 'draining'
        self._cond.notify_all()

    async def _wait(self):
        await self._cond.wait_for(lambda: self._state != 'filling')
        if self._state in ('broken', 'resetting'):
            raise BrokenBarrierError("Abort or reset of barrier")

    def _exit(self):
        if self._count == 0:
            if self._state in ('resetting', 'draining'):
                self._state = 'filling'
            self._cond.notify_all()

    async def reset(self):
        async with self._cond:
            if self._count > 0:
                if self._state != 'resetting':
                    self._state = 'resetting'
            else:
                self._state = 'filling'
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._state = 'broken'
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 'filling':
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == 'broken'
