# gevent.greenlet: Greenlet, spawn, joinall, killall, and the wait/iwait of
# gevent._hub_primitives.

_ident_counter = [0]
_SUCCESS = (None, None, None)
_cancelled_start = object()


def _describe_call(func, args):
    name = getattr(func, '__name__', None) or type(func).__name__
    shown = []
    for a in args[:3]:
        text = repr(a)
        if len(text) > 12:
            text = text[:11] + '…'
        shown.append(text)
    if len(args) > 3:
        shown.append('…')
    return '%s(%s)' % (name, ', '.join(shown))


class Greenlet(_raw_greenlet):
    __module__ = 'gevent._gevent_cgreenlet'

    # Initial state, shared until set (gevent keeps these in C fields, not in __dict__).
    value = None
    _exc_info = None
    _finished = False
    _links = ()  # a deque once something links
    _notifier = None
    _start_event = None
    _name = None
    _ident = None

    def __init__(self, run=None, *args, **kwargs):
        if run is not None:
            self._run = run
        if not callable(self._run):
            raise TypeError("The run argument or self._run must be callable")
        self.args = args
        self.kwargs = kwargs
        _set_name(self, self._run, args)

    def _run(self):
        return None

    @property
    def minimal_ident(self):
        if self._ident is None:
            self._ident = _ident_counter[0]
            _ident_counter[0] += 1
        return self._ident

    @property
    def name(self):
        if self._name is None:
            self._name = 'Greenlet-%d' % self.minimal_ident
        return self._name

    @name.setter
    def name(self, value):
        self._name = value

    def __bool__(self):
        return self._start_event is not None and self._exc_info is None

    @property
    def dead(self):
        if self._start_event is _cancelled_start:
            return True
        return self._finished or _raw_dead(self)

    @property
    def started(self):
        return bool(self)

    @property
    def exception(self):
        return self._exc_info[1] if self._exc_info else None

    @property
    def exc_info(self):
        return self._exc_info if self._exc_info and self._exc_info[1] is not None else None

    def ready(self):
        # self._finished or self.dead
        return self._finished or self._start_event is _cancelled_start or _raw_dead(self)

    def successful(self):
        return self._exc_info is not None and self._exc_info[1] is None

    def __repr__(self):
        return '<%s "%s": %s>' % (type(self).__name__, self.name, _describe_call(self._run, self.args))

    def start(self):
        if self._start_event is None:
            self._start_event = _run_callback(self.switch)

    def start_later(self, seconds):
        if self._start_event is None:
            self._start_event = _timer(seconds, self.switch)

    @classmethod
    def spawn(cls, *args, **kwargs):
        g = cls(*args, **kwargs) if kwargs else cls(*args)
        g.start()
        return g

    @classmethod
    def spawn_later(cls, seconds, *args, **kwargs):
        g = cls(*args, **kwargs) if kwargs else cls(*args)
        g.start_later(seconds)
        return g

    def _cancel_start(self):
        if self._start_event is not None and self._start_event is not _cancelled_start:
            self._start_event.stop()

    def run(self):
        # self._cancel_start()
        start = self._start_event
        if start is not None and start is not _cancelled_start:
            start.stop()
        try:
            if self.kwargs:
                result = self._run(*self.args, **self.kwargs)
            else:
                result = self._run(*self.args)
        except BaseException as e:
            self._report_error(e)
            return
        # self._report_result(result)
        self._exc_info = _SUCCESS
        self.value = result
        self._finished = True
        if self._links and not self._notifier:
            self._notifier = _run_callback(self._notify_links)

    def _report_result(self, result):
        self._exc_info = _SUCCESS
        self.value = result
        self._finished = True
        if self._links and not self._notifier:
            self._notifier = _run_callback(self._notify_links)

    def _report_error(self, exc):
        if isinstance(exc, GreenletExit):
            self._report_result(exc)
            return
        self._exc_info = (type(exc), exc, None)
        self._finished = True
        if self._links and not self._notifier:
            self._notifier = _run_callback(self._notify_links)
        _print_greenlet_error(self, exc)

    def _handle_death_before_start(self, exception):
        if self._exc_info is None and self.dead:
            if isinstance(exception, tuple) and len(exception) == 3:
                exception = exception[1] if exception[1] is not None else exception[0]
            if isinstance(exception, type):
                exception = exception()
            if isinstance(exception, GreenletExit):
                self._report_result(exception)
            else:
                self._exc_info = (type(exception), exception, None)
                self._finished = True
                if self._links and not self._notifier:
                    self._notifier = _run_callback(self._notify_links)

    def kill(self, exception=GreenletExit, block=True, timeout=None):
        if not self._started:
            self._cancel_start()
            self._start_event = _cancelled_start
            self._handle_death_before_start(exception)
            return
        if self.dead:
            return
        waiter = Waiter() if block else None
        _run_callback(_kill, self, exception, waiter)
        if block:
            waiter.get('kill', None)
            self.join(timeout)

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        if t is None:
            try:
                self.join()
            finally:
                self.kill()
        else:
            self.kill((t, v, tb))

    def get(self, block=True, timeout=None):
        if self.ready():
            if self.successful():
                return self.value
            raise self._exc_info[1]
        if not block:
            raise Timeout()
        self.join(timeout)
        if self.ready():
            if self.successful():
                return self.value
            raise self._exc_info[1]
        raise Timeout()

    def join(self, timeout=None):
        if self.ready():
            return
        switch = getcurrent().switch
        self.rawlink(switch)
        try:
            t = Timeout._start_new_or_dummy(timeout)
            try:
                result = _hub_switch('join', [self])
                if result is not self:
                    raise InvalidSwitchError('Invalid switch into Greenlet.join(): %r' % (result,))
            finally:
                t.cancel()
        except Timeout as ex:
            self.unlink(switch)
            if ex is not t:
                raise
        except:
            self.unlink(switch)
            raise

    def rawlink(self, callback):
        if not callable(callback):
            raise TypeError('Expected callable: %r' % (callback,))
        if not self._links:
            self._links = _deque()
        self._links.append(callback)
        if self.ready() and self._links and not self._notifier:
            self._notifier = _run_callback(self._notify_links)

    def link(self, callback):
        self.rawlink(_SpawnedLink(callback))

    def unlink(self, callback):
        for i, link in enumerate(self._links):
            if link == callback:
                del self._links[i]
                return

    def unlink_all(self):
        if self._links:
            self._links.clear()

    def link_value(self, callback):
        self.rawlink(_SpawnedLink(callback, 'value'))

    def link_exception(self, callback):
        self.rawlink(_SpawnedLink(callback, 'exception'))

    # def _notify_links(self):
    #     while self._links:
    #         link = self._links.popleft()
    #         try:
    #             link(self)
    #         except BaseException as e:
    #             _print_greenlet_error(link, e)
    #     self._notifier = None
    _notify_links = _greenlet_notify_links


class _SpawnedLink:
    def __init__(self, callback, only=None):
        if not callable(callback):
            raise TypeError('Expected callable: %r' % (callback,))
        self.callback = callback
        self.only = only

    def __call__(self, source):
        if self.only == 'value' and not source.successful():
            return
        if self.only == 'exception' and source.successful():
            return
        g = _raw_greenlet(self.callback)
        g.switch(source)

    def __eq__(self, other):
        return self is other or self.callback == other

    def __hash__(self):
        return hash(self.callback)


def _kill(glet, exception, waiter):
    try:
        if isinstance(exception, tuple) and len(exception) == 3:
            # (type, value, traceback), as Greenlet.__exit__ passes it
            exception = exception[1] if exception[1] is not None else exception[0]
        glet.throw(exception)
    except BaseException as e:
        _print_greenlet_error(glet, e)
    if waiter is not None:
        waiter.switch(None)


def _print_greenlet_error(where, exc):
    _print_exception(exc)
    sys.stderr.write('%r failed with %s\n\n' % (where, type(exc).__name__))


spawn = Greenlet.spawn
spawn_later = Greenlet.spawn_later


def spawn_raw(function, *args, **kwargs):
    if kwargs:
        g = _raw_greenlet(lambda: function(*args, **kwargs))
        _run_callback(g.switch)
    else:
        g = _raw_greenlet(function)
        _run_callback(g.switch, *args)
    return g


class _WaitIterator:
    # gevent's iwait collects ready objects through a _MultipleWaiter (a list of values and
    # a Waiter that switches back to the iterating greenlet when it is blocked); this is the
    # same protocol written out.
    def __init__(self, objects, timeout, count):
        self._values = _deque()
        self._greenlet = None
        # The waiting greenlet is switched to once this many values are ready: 1 for an
        # iterating caller, all that is still needed for wait(), 0 once the timeout expired.
        self._wake_at = 1
        self._switch = self._ready
        self._timeout = timeout
        self._objects = objects
        self._timer = None
        self._begun = False
        self._reason = None
        self._count = len(objects) if count is None else min(count, len(objects))

    def _begin(self):
        if self._begun:
            return
        self._begun = True
        # One wait reason for every block of this iteration (not one list per finished object).
        self._reason = _wait_reason('join', self._objects)
        switch = self._switch
        for obj in self._objects:
            if type(obj) is Greenlet:
                # Greenlet.rawlink(switch), written out
                links = obj._links
                if not links:
                    links = obj._links = _deque()
                links.append(switch)
                if (obj._finished or obj._start_event is _cancelled_start or _raw_dead(obj)) and not obj._notifier:
                    obj._notifier = _run_callback(obj._notify_links)
            else:
                obj.rawlink(switch)
        if self._timeout is not None:
            self._timer = _timer(self._timeout, self._switch, self)

    def _ready(self, value):
        values = self._values
        values.append(value)
        if value is self:
            self._wake_at = 0
        if len(values) >= self._wake_at:
            waiting = self._greenlet
            if waiting is not None:
                waiting.switch(True)

    def __iter__(self):
        return self

    def __next__(self):
        if not self._begun:
            self._begin()
        if self._count == 0:
            self._cleanup()
            raise StopIteration()
        self._count -= 1
        try:
            values = self._values
            if not values:
                self._greenlet = getcurrent()
                try:
                    _hub_switch(self._reason)
                finally:
                    self._greenlet = None
            item = values.popleft()
            if item is self:
                self._cleanup()
                raise StopIteration()
            return item
        except:
            self._cleanup()
            raise

    def _collect(self):
        # list(self), resumed only when the result is complete
        done = []
        if not self._begun:
            self._begin()
        values = self._values
        try:
            while self._count:
                if len(values) < self._count and self._wake_at:
                    self._wake_at = self._count
                    self._greenlet = getcurrent()
                    try:
                        _hub_switch(self._reason)
                    finally:
                        self._greenlet = None
                if self._wake_at and len(values) <= self._count:
                    # no timeout among them: take them all
                    self._count -= len(values)
                    done.extend(values)
                    values.clear()
                    continue
                while values and self._count:
                    item = values.popleft()
                    if item is self:
                        return done
                    self._count -= 1
                    done.append(item)
        finally:
            self._cleanup()
        return done

    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        self._cleanup()

    def _cleanup(self):
        # (links still hold the bound method; the iterator no longer holds itself)
        switch = self._switch
        self._switch = None
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        objs = self._objects
        self._objects = ()
        for aobj in objs:
            if type(aobj) is Greenlet and not aobj._links:
                continue  # Greenlet.unlink would find nothing to remove
            unlink = getattr(aobj, 'unlink', None)
            if unlink:
                unlink(switch)


def iwait(objects, timeout=None, count=None):
    if objects is None:
        return iter([])
    return _WaitIterator(list(objects), timeout, count)


def wait(objects=None, timeout=None, count=None):
    if objects is None:
        _wait_idle()
        return True
    return _WaitIterator(list(objects), timeout, count)._collect()


def joinall(greenlets, timeout=None, raise_error=False, count=None):
    if not raise_error:
        return wait(greenlets, timeout=timeout, count=count)
    done = []
    for obj in iwait(greenlets, timeout=timeout, count=count):
        if getattr(obj, 'exception', None) is not None:
            raise obj.exception
        done.append(obj)
    return done


def _killall3(greenlets, exception, waiter):
    diehards = []
    for g in greenlets:
        if not g.dead:
            try:
                g.throw(exception)
            except BaseException as e:
                _print_greenlet_error(g, e)
            if not g.dead:
                diehards.append(g)
    waiter.switch(diehards)


def _killall(greenlets, exception):
    for g in greenlets:
        if not g.dead:
            try:
                g.throw(exception)
            except BaseException as e:
                _print_greenlet_error(g, e)


def killall(greenlets, exception=GreenletExit, block=True, timeout=None):
    greenlets = list(greenlets)
    if not greenlets:
        return
    for g in greenlets:
        if isinstance(g, Greenlet) and not g._started:
            g.kill(exception, block=False)
    need_killed = [g for g in greenlets if not g.dead]
    if not need_killed:
        return
    if block:
        waiter = Waiter()
        _run_callback(_killall3, need_killed, exception, waiter)
        t = Timeout._start_new_or_dummy(timeout)
        try:
            alive = waiter.get('kill', None)
            if alive:
                joinall(alive, raise_error=False)
        finally:
            t.cancel()
    else:
        _run_callback(_killall, need_killed, exception)


def kill(greenlet, exception=GreenletExit):
    if hasattr(greenlet, 'kill'):
        return greenlet.kill(exception=exception, block=False)
    _run_callback(greenlet.throw, exception)
