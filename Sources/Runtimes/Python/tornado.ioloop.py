# tornado.ioloop: IOLoop (on the asyncio loop) and PeriodicCallback.

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
