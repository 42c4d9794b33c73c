# tornado.gen: coroutine, Return, multi, with_timeout, WaitIterator, ...

class Return(Exception):
    def __init__(self, value=None):
        super().__init__()
        self.value = value
        self.args = (value,)


class BadYieldError(Exception):
    pass


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
