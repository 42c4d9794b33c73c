import Language
import VM

/// tornado 6 on loopscope: tornado runs on asyncio, so this Python-level library (written
/// for loopscope with tornado 6.6's semantics: eager `gen.coroutine`, one loop hop per
/// future, `yield [a, b]` in list order) sits on the asyncio runtime.
enum TornadoLibrary {
    /// `tornado.<sub>` modules and the names each re-exports from the package module.
    static let submodules: [String: [String]] = [
        "tornado.gen": ["coroutine", "sleep", "multi", "multi_future", "moment", "with_timeout", "Return",
                        "convert_yielded", "maybe_future", "WaitIterator", "TimeoutError", "BadYieldError",
                        "is_coroutine_function"],
        "tornado.ioloop": ["IOLoop", "PeriodicCallback"],
        "tornado.concurrent": ["Future", "chain_future", "future_set_result_unless_cancelled",
                               "future_add_done_callback", "is_future", "future_set_exception_unless_cancelled"],
        "tornado.locks": ["Semaphore", "BoundedSemaphore", "Lock", "Event", "Condition"],
        "tornado.queues": ["Queue", "PriorityQueue", "LifoQueue", "QueueEmpty", "QueueFull"],
        "tornado.util": ["TimeoutError"],
    ]

    static let source = #"""
import asyncio
import time as _time
from asyncio import Future, CancelledError
from collections import deque as _deque
from heapq import heappush as _heappush, heappop as _heappop
from functools import partial as _partial
from _loopscope_tornado import _coroutine_begin, _coroutine_enter, _coroutine_yielded, _coroutine_leave
from _loopscope_tornado import _sleep_reason, _multi_reason, _waits
from _loopscope import _resource, _resource_value, _resource_holder

version = '6.6.1'
version_info = (6, 6, 1, 0)
TimeoutError = TimeoutError


class Return(Exception):
    def __init__(self, value=None):
        super().__init__()
        self.value = value
        self.args = (value,)


class BadYieldError(Exception):
    pass


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


def is_future(x):
    return isinstance(x, Future)


def _create_future():
    return Future()


def future_set_result_unless_cancelled(future, value):
    if not future.cancelled():
        future.set_result(value)


def future_set_exception_unless_cancelled(future, exc):
    if not future.cancelled():
        future.set_exception(exc)


def future_add_done_callback(future, callback):
    if future.done():
        callback(future)
    else:
        future.add_done_callback(callback)


def chain_future(a, b):
    def copy(a):
        if b.done():
            return
        if a.exception() is not None:
            b.set_exception(a.exception())
        else:
            b.set_result(a.result())
    if isinstance(a, Future):
        future_add_done_callback(a, copy)
    else:
        IOLoop.current().add_future(a, copy)


class _NullFuture:
    def result(self):
        return None

    def done(self):
        return True


_null_future = _NullFuture()
moment = _NullFuture()


def _value_from_stopiteration(e):
    if isinstance(e, Return):
        return e.value
    if isinstance(e, StopIteration):
        return e.value
    return None


def convert_yielded(yielded):
    if yielded is None or yielded is moment:
        return moment
    elif yielded is _null_future:
        return _null_future
    elif isinstance(yielded, (list, dict)):
        return multi(yielded)
    elif isinstance(yielded, Future):
        return yielded
    elif asyncio.iscoroutine(yielded):
        # asyncio.ensure_future(coroutine)
        return asyncio.get_event_loop().create_task(yielded)
    else:
        raise BadYieldError("yielded unknown object %r" % (yielded,))


def maybe_future(x):
    if is_future(x):
        return x
    fut = _create_future()
    fut.set_result(x)
    return fut


def _is_generator(obj):
    return type(obj).__name__ == 'generator'


def coroutine(func):
    def wrapper(*args, **kwargs):
        future = _create_future()
        _coroutine_begin(func, args, future)
        try:
            return start(future, args, kwargs)
        finally:
            _coroutine_leave(future)

    def start(future, args, kwargs):
        try:
            result = func(*args, **kwargs)
        except (Return, StopIteration) as e:
            result = _value_from_stopiteration(e)
        except Exception as e:
            future.set_exception(e)
            return future
        else:
            if _is_generator(result):
                try:
                    yielded = next(result)
                except (StopIteration, Return) as e:
                    future_set_result_unless_cancelled(future, _value_from_stopiteration(e))
                except Exception as e:
                    future.set_exception(e)
                else:
                    runner = _Runner(result, future, yielded)
                    future.add_done_callback(lambda _: runner)
                return future
        future_set_result_unless_cancelled(future, result)
        return future
    wrapper.__name__ = func.__name__
    wrapper.__qualname__ = func.__qualname__
    wrapper.__doc__ = func.__doc__
    wrapper.__wrapped__ = func
    wrapper.__tornado_coroutine__ = True
    return wrapper


def is_coroutine_function(func):
    return getattr(func, "__tornado_coroutine__", False)


class _Runner:
    def __init__(self, gen, result_future, first_yielded):
        self.gen = gen
        self.result_future = result_future
        self._trace = result_future
        self.future = _null_future
        self.running = False
        self.finished = False
        self.io_loop = IOLoop.current()
        if self.handle_yield(first_yielded):
            self.run()

    def run(self):
        if self.running or self.finished:
            return
        try:
            self.running = True
            _coroutine_enter(self._trace)
            while True:
                future = self.future
                if future is None:
                    raise Exception("No pending future")
                if not future.done():
                    return
                self.future = None
                try:
                    exc = None
                    value = None
                    try:
                        value = future.result()
                    except Exception as e:
                        exc = e
                    future = None
                    if exc is not None:
                        yielded = self.gen.throw(exc)
                    else:
                        yielded = self.gen.send(value)
                except (StopIteration, Return) as e:
                    self.finished = True
                    self.future = _null_future
                    future_set_result_unless_cancelled(self.result_future, _value_from_stopiteration(e))
                    self.result_future = None
                    return
                except Exception as e:
                    self.finished = True
                    self.future = _null_future
                    future_set_exception_unless_cancelled(self.result_future, e)
                    self.result_future = None
                    return
                if not self.handle_yield(yielded):
                    return
                yielded = None
        finally:
            self.running = False
            _coroutine_leave(self._trace)

    def handle_yield(self, yielded):
        try:
            self.future = convert_yielded(yielded)
        except BadYieldError as e:
            self.future = Future()
            self.future.set_exception(e)
        _coroutine_yielded(self._trace, self.future, self.gen)
        if self.future is moment:
            self.io_loop.add_callback(self.run)
            return False
        elif self.future is None:
            raise Exception("no pending future")
        elif not self.future.done():
            def inner(f):
                self.run()
            self.io_loop.add_future(self.future, inner)
            return False
        return True


def sleep(duration):
    f = Future()
    _sleep_reason(f, duration)
    # lambda: future_set_result_unless_cancelled(f, None)
    IOLoop.current().call_later(duration, lambda: None if f.cancelled() else f.set_result(None))
    return f


def multi(children, quiet_exceptions=()):
    return multi_future(children, quiet_exceptions=quiet_exceptions)


def multi_future(children, quiet_exceptions=()):
    if isinstance(children, dict):
        keys = list(children.keys())
        children_seq = children.values()
    else:
        keys = None
        children_seq = children
    children_futs = [convert_yielded(c) for c in children_seq]
    # tornado uses sets; a dict has the same O(1) membership and removal
    unfinished_children = dict.fromkeys(children_futs)
    future = _create_future()
    _multi_reason(future, children_futs)
    if not children_futs:
        future_set_result_unless_cancelled(future, {} if keys is not None else [])

    def callback(fut):
        del unfinished_children[fut]
        if not unfinished_children:
            result_list = []
            for f in children_futs:
                try:
                    result_list.append(f.result())
                except Exception as e:
                    if future.done():
                        if not isinstance(e, quiet_exceptions):
                            _log_error("Multiple exceptions in yield list", e)
                    else:
                        future.set_exception(e)
            if not future.done():
                if keys is not None:
                    future_set_result_unless_cancelled(future, dict(zip(keys, result_list)))
                else:
                    future_set_result_unless_cancelled(future, result_list)

    listening = set()
    for f in children_futs:
        if f not in listening:
            listening.add(f)
            # future_add_done_callback(f, callback)
            if f.done():
                callback(f)
            else:
                f.add_done_callback(callback)
    return future


def _log_error(message, exc):
    import sys
    sys.stderr.write("ERROR:tornado.application:%s\n%s: %s\n" % (message, type(exc).__name__, exc))


def with_timeout(timeout, future, quiet_exceptions=()):
    future_converted = convert_yielded(future)
    result = _create_future()
    chain_future(future_converted, result)
    io_loop = IOLoop.current()

    def error_callback(future):
        try:
            future.result()
        except asyncio.CancelledError:
            pass
        except Exception as e:
            if not isinstance(e, quiet_exceptions):
                _log_error("Exception in Future %r after timeout" % (future,), e)

    def timeout_callback():
        if not result.done():
            result.set_exception(TimeoutError("Timeout"))
        future_add_done_callback(future_converted, error_callback)

    timeout_handle = io_loop.add_timeout(timeout, timeout_callback)
    if isinstance(future_converted, Future):
        future_add_done_callback(future_converted, lambda future: io_loop.remove_timeout(timeout_handle))
    else:
        io_loop.add_future(future_converted, lambda future: io_loop.remove_timeout(timeout_handle))
    return result


class WaitIterator:
    def __init__(self, *args, **kwargs):
        if args and kwargs:
            raise ValueError("You must provide args or kwargs, not both")
        self._unfinished = {}
        if kwargs:
            futures = list(kwargs.values())
            for key, future in kwargs.items():
                self._unfinished.setdefault(future, _deque()).append(key)
        else:
            futures = args
            for index, future in enumerate(args):
                self._unfinished.setdefault(future, _deque()).append(index)
        self._finished = _deque()
        self.current_index = None
        self.current_future = None
        self._running_future = None
        for future in futures:
            future_add_done_callback(future, self._done_callback)

    def done(self):
        if self._finished or self._unfinished:
            return False
        self.current_index = self.current_future = None
        return True

    def next(self):
        self._running_future = Future()
        if self._finished:
            return self._return_result(self._finished.popleft())
        return self._running_future

    def _done_callback(self, done):
        if self._running_future and not self._running_future.done():
            self._return_result(done)
        else:
            self._finished.append(done)

    def _return_result(self, done):
        if self._running_future is None:
            raise Exception("no future is running")
        chain_future(done, self._running_future)
        res = self._running_future
        self._running_future = None
        self.current_future = done
        indices = self._unfinished[done]
        self.current_index = indices.popleft()
        if not indices:
            del self._unfinished[done]
        return res

    def __aiter__(self):
        return self

    def __anext__(self):
        if self.done():
            raise StopAsyncIteration()
        return self.next()


# The last (asyncio loop, IOLoop) pair IOLoop.current() returned.
_last_current = [None, None]


class IOLoop:
    _instances = {}

    def __init__(self, asyncio_loop=None):
        self.asyncio_loop = asyncio_loop if asyncio_loop is not None else asyncio.get_event_loop()

    @staticmethod
    def current(instance=True):
        loop = asyncio.get_event_loop()
        last = _last_current
        if last[0] is loop:
            return last[1]
        io_loop = IOLoop._instances.get(id(loop))
        if io_loop is None:
            io_loop = IOLoop(loop)
            IOLoop._instances[id(loop)] = io_loop
        last[0] = loop
        last[1] = io_loop
        return io_loop

    @staticmethod
    def instance():
        return IOLoop.current()

    def make_current(self):
        asyncio.set_event_loop(self.asyncio_loop)

    def time(self):
        return self.asyncio_loop.time()

    def start(self):
        self.asyncio_loop.run_forever()

    def stop(self):
        self.asyncio_loop.stop()

    def close(self, all_fds=False):
        self.asyncio_loop.close()

    def run_sync(self, func, timeout=None):
        future_cell = [None]

        def run():
            try:
                result = func()
                if result is not None:
                    result = convert_yielded(result)
            except Exception as e:
                fut = Future()
                future_cell[0] = fut
                fut.set_exception(e)
            else:
                if is_future(result):
                    future_cell[0] = result
                else:
                    fut = Future()
                    future_cell[0] = fut
                    fut.set_result(result)
            self.add_future(future_cell[0], lambda future: self.stop())

        self.add_callback(run)
        if timeout is not None:
            def timeout_callback():
                if not future_cell[0].cancel():
                    self.stop()
            timeout_handle = self.add_timeout(self.time() + timeout, timeout_callback)
        self.start()
        if timeout is not None:
            self.remove_timeout(timeout_handle)
        if future_cell[0].cancelled() or not future_cell[0].done():
            raise TimeoutError("Operation timed out after %s seconds" % timeout)
        return future_cell[0].result()

    def add_callback(self, callback, *args, **kwargs):
        bound = _partial(callback, *args, **kwargs) if args or kwargs else _partial(callback)
        self.asyncio_loop.call_soon(self._run_callback, bound)

    def add_callback_from_signal(self, callback, *args, **kwargs):
        self.add_callback(callback, *args, **kwargs)

    def spawn_callback(self, callback, *args, **kwargs):
        self.add_callback(callback, *args, **kwargs)

    def add_future(self, future, callback):
        future.add_done_callback(lambda f: self._run_callback(_partial(callback, f)))

    def _run_callback(self, callback):
        try:
            ret = callback()
            if ret is not None:
                try:
                    ret = convert_yielded(ret)
                except BadYieldError:
                    pass
                else:
                    self.add_future(ret, self._discard_future_result)
        except asyncio.CancelledError:
            pass
        except Exception as e:
            _log_error("Exception in callback %r" % (callback,), e)

    def _discard_future_result(self, future):
        future.result()

    # call_later is call_at(self.time() + delay) written out (a call with *args/**kwargs
    # forwarding costs several plain calls; arguments are only forwarded when there are any)
    def call_later(self, delay, callback, *args, **kwargs):
        loop = self.asyncio_loop
        when = loop.time() + delay
        bound = _partial(callback, *args, **kwargs) if args or kwargs else _partial(callback)
        return loop.call_later(max(0, when - loop.time()), self._run_callback, bound)

    def call_at(self, when, callback, *args, **kwargs):
        loop = self.asyncio_loop
        bound = _partial(callback, *args, **kwargs) if args or kwargs else _partial(callback)
        return loop.call_later(max(0, when - loop.time()), self._run_callback, bound)

    def add_timeout(self, deadline, callback, *args, **kwargs):
        if isinstance(deadline, (int, float)):
            return self.call_at(deadline, callback, *args, **kwargs)
        seconds = deadline.total_seconds()
        return self.call_at(self.time() + seconds, callback, *args, **kwargs)

    def remove_timeout(self, timeout):
        timeout.cancel()


class PeriodicCallback:
    def __init__(self, callback, callback_time, jitter=0):
        self.callback = callback
        if callback_time <= 0:
            raise ValueError("Periodic callback must have a positive callback_time")
        self.callback_time = callback_time / 1000.0
        self._running = False
        self._timeout = None

    def start(self):
        self.io_loop = IOLoop.current()
        self._running = True
        self._next_timeout = self.io_loop.time()
        self._schedule_next()

    def stop(self):
        self._running = False
        if self._timeout is not None:
            self.io_loop.remove_timeout(self._timeout)
            self._timeout = None

    def is_running(self):
        return self._running

    def _run(self):
        if not self._running:
            return
        try:
            return self.callback()
        except Exception as e:
            _log_error("Exception in callback %r" % (self.callback,), e)
        finally:
            self._schedule_next()

    def _schedule_next(self):
        if self._running:
            self._update_next(self.io_loop.time())
            self._timeout = self.io_loop.add_timeout(self._next_timeout, self._run)

    def _update_next(self, current_time):
        period = self.callback_time
        if self._next_timeout <= current_time:
            self._next_timeout += (int((current_time - self._next_timeout) / period) + 1) * period
        else:
            self._next_timeout += period


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


def _set_timeout(future, timeout):
    if timeout:
        def on_timeout():
            if not future.done():
                future.set_exception(TimeoutError())
        io_loop = IOLoop.current()
        timeout_handle = io_loop.add_timeout(timeout, on_timeout)
        future.add_done_callback(lambda _: io_loop.remove_timeout(timeout_handle))


class Queue:
    def __init__(self, maxsize=0):
        if maxsize is None:
            raise TypeError("maxsize can't be None")
        if maxsize < 0:
            raise ValueError("maxsize can't be negative")
        self._maxsize = maxsize
        self._init()
        self._id = _resource('queue', type(self).__name__, maxsize or None)
        _resource_value(self._id, 0)
        self._getters = _deque()
        self._putters = _deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        if self.maxsize == 0:
            return False
        else:
            return self.qsize() >= self.maxsize

    def put(self, item, timeout=None):
        future = Future()
        try:
            self.put_nowait(item)
        except QueueFull:
            self._putters.append((item, future))
            _waits(future, 'queue_put', self._id, False)
            _set_timeout(future, timeout)
        else:
            future.set_result(None)
        return future

    def put_nowait(self, item):
        self._consume_expired()
        if self._getters:
            getter = self._getters.popleft()
            self.__put_internal(item)
            future_set_result_unless_cancelled(getter, self._taken(self._get()))
        elif self.full():
            raise QueueFull
        else:
            self.__put_internal(item)

    def get(self, timeout=None):
        future = Future()
        try:
            future.set_result(self.get_nowait())
        except QueueEmpty:
            self._getters.append(future)
            _waits(future, 'queue_get', self._id, False)
            _set_timeout(future, timeout)
        return future

    def get_nowait(self):
        self._consume_expired()
        if self._putters:
            item, putter = self._putters.popleft()
            self.__put_internal(item)
            future_set_result_unless_cancelled(putter, None)
            return self._taken(self._get())
        elif self.qsize():
            return self._taken(self._get())
        else:
            raise QueueEmpty

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    def join(self, timeout=None):
        return self._finished.wait(timeout)

    def _init(self):
        self._queue = _deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def __put_internal(self, item):
        self._unfinished_tasks += 1
        self._finished.clear()
        self._put(item)
        _resource_value(self._id, self.qsize())

    def _taken(self, item):
        _resource_value(self._id, self.qsize())
        return item

    def _consume_expired(self):
        while self._putters and self._putters[0][1].done():
            self._putters.popleft()
        while self._getters and self._getters[0].done():
            self._getters.popleft()

    def __repr__(self):
        return "<%s at %s %s>" % (type(self).__name__, hex(id(self)), self._format())

    def __str__(self):
        return "<%s %s>" % (type(self).__name__, self._format())

    def _format(self):
        result = "maxsize=%r" % (self.maxsize,)
        if getattr(self, "_queue", None):
            result += " queue=%r" % (self._queue,)
        if self._getters:
            result += " getters[%s]" % len(self._getters)
        if self._putters:
            result += " putters[%s]" % len(self._putters)
        if self._unfinished_tasks:
            result += " tasks=%s" % self._unfinished_tasks
        return result

    def __aiter__(self):
        return _QueueIterator(self)


class _QueueIterator:
    def __init__(self, q):
        self.q = q

    def __anext__(self):
        return self.q.get()


class PriorityQueue(Queue):
    def _init(self):
        self._queue = []

    def _put(self, item):
        _heappush(self._queue, item)

    def _get(self):
        return _heappop(self._queue)


class LifoQueue(Queue):
    def _init(self):
        self._queue = []

    def _get(self):
        return self._queue.pop()
"""#
}

extension Engine {
    func tornadoModule(_ name: String) throws -> PyModule? {
        switch name {
        case "tornado":
            return try loadLibrary("tornado", TornadoLibrary.source)
        case _ where TornadoLibrary.submodules[name] != nil:
            let parent = try vm.importModuleValue("tornado")
            let sub = PyModule(name: name)
            for n in TornadoLibrary.submodules[name] ?? [] { if let v = parent.globals.get(n) { sub[n] = v } }
            parent[String(name.split(separator: ".").last!)] = .object(sub)
            return sub
        default:
            return nil
        }
    }
}
