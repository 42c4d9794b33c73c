/// The Python-level part of gevent, written for loopscope with the semantics of gevent 26:
/// greenlets start from hub callbacks, blocking calls switch to the hub, links and
/// notifications run as hub callbacks in FIFO order.
enum GeventLibrary {
    /// Names each `gevent.<sub>` module re-exports from the package.
    static let submodules: [String: [String]] = [
        "gevent.pool": ["Pool", "Group", "PoolFull"],
        "gevent.lock": ["Semaphore", "BoundedSemaphore", "RLock", "DummySemaphore"],
        "gevent.event": ["Event", "AsyncResult"],
        "gevent.queue": ["Queue", "JoinableQueue", "LifoQueue", "PriorityQueue", "Empty", "Full", "Channel"],
        "gevent.monkey": ["patch_all", "patch_time", "patch_socket", "patch_thread", "is_module_patched"],
        "gevent.timeout": ["Timeout", "with_timeout"],
        "gevent.greenlet": ["Greenlet"],
        "gevent.hub": ["getcurrent", "sleep", "get_hub", "GreenletExit", "Waiter", "LoopExit"],
        "gevent.exceptions": ["LoopExit", "InvalidSwitchError", "BlockingSwitchOutError", "ConcurrentObjectUseError"],
    ]

    static let source = #"""
import sys
from _loopscope_gevent import greenlet as _raw_greenlet
from _loopscope_gevent import getcurrent, _hub_switch, _run_callback, _timer, _now, _set_name, _in_hub
from _loopscope_gevent import _patch_time, _raw_dead, _print_exception, _wait_idle, _idle, _wait_reason, _sleep
from _loopscope_gevent import _greenlet_notify_links
from _loopscope import _resource, _resource_value, _resource_holder, _resource_waiter
from heapq import heappush as _heappush, heappop as _heappop, heapify as _heapify
from collections import deque as _deque

__version__ = '26.9.0'


class GreenletExit(BaseException):
    __module__ = 'greenlet'


class InvalidSwitchError(AssertionError):
    __module__ = 'gevent.exceptions'


class LoopExit(Exception):
    __module__ = 'gevent.exceptions'


class BlockingSwitchOutError(AssertionError):
    __module__ = 'gevent.exceptions'


class ConcurrentObjectUseError(AssertionError):
    __module__ = 'gevent.exceptions'


class _GeventExceptionsNamespace:
    pass


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


# Linkable synchronisation objects: waiters are greenlets' switch methods, notified from a
# hub callback in FIFO order while the object stays ready.

class _AbstractLinkable:
    _kind = 'event'

    def __init__(self):
        self._links = _deque()
        self._notifier = None
        self._id = None

    def linkcount(self):
        return len(self._links)

    def ready(self):
        raise NotImplementedError

    def rawlink(self, callback):
        if not callable(callback):
            raise TypeError('Expected callable: %r' % (callback,))
        self._links.append(callback)
        self._check_and_notify()

    def unlink(self, callback):
        for i, link in enumerate(self._links):
            if link == callback:
                del self._links[i]
                return

    def _check_and_notify(self):
        if self.ready() and self._links and not self._notifier:
            self._notifier = _run_callback(self._notify_links)

    def _notify_links(self):
        self._notifier = None
        done = set()
        while self._links and self.ready():
            link = self._links[0]
            key = link
            try:
                if key in done:
                    break
            except TypeError:
                # an unhashable callable: known by its identity
                key = id(link)
                if key in done:
                    break
            done.add(key)
            self._links.popleft()
            try:
                link(self)
            except BaseException as e:
                _print_greenlet_error(link, e)
            if not self.ready():
                break

    def _wait_core(self, timeout, catch=Timeout):
        switch = getcurrent().switch
        self.rawlink(switch)
        if self._id is not None:
            _resource_waiter(self._id, True, getcurrent())
        try:
            with Timeout._start_new_or_dummy(timeout) as timer:
                try:
                    result = _hub_switch(self._kind, self._id)
                    if result is self:
                        # Notified: the notifier already took the link off the list.
                        switch = None
                    else:
                        raise InvalidSwitchError('Invalid switch into %s.wait(): %r' % (type(self).__name__, result))
                    return True
                except catch as ex:
                    if ex is not timer:
                        raise
                    return False
        finally:
            if switch is not None:
                self.unlink(switch)
            if self._id is not None:
                _resource_waiter(self._id, False, getcurrent())

    def _wait(self, timeout=None):
        if self.ready():
            return self._wait_return_value(False, False)
        gotit = self._wait_core(timeout)
        return self._wait_return_value(True, gotit)

    def _wait_return_value(self, waited, wait_success):
        return None


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


class PoolFull(Exception):
    pass


class Group:
    greenlet_class = Greenlet

    # gevent keeps members in sets; dicts give the same O(1) membership and removal and
    # keep an insertion order.
    def __init__(self, *args):
        self.greenlets = {}
        if args:
            for g in args[0]:
                self.greenlets[g] = None
                g.rawlink(self._discard)
        self.dying = {}
        self._empty_event = Event()
        self._empty_event.set()

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, list(self.greenlets))

    def __len__(self):
        return len(self.greenlets)

    def __contains__(self, item):
        return item in self.greenlets

    def __iter__(self):
        return iter(list(self.greenlets))

    def add(self, greenlet):
        rawlink = getattr(greenlet, 'rawlink', None)
        if rawlink is not None:
            rawlink(self._discard)
        if greenlet not in self.greenlets:
            self.greenlets[greenlet] = None
        self._empty_event.clear()

    def _discard(self, greenlet):
        self.greenlets.pop(greenlet, None)
        self.dying.pop(greenlet, None)
        if not self.greenlets:
            self._empty_event.set()

    def discard(self, greenlet):
        self._discard(greenlet)
        unlink = getattr(greenlet, 'unlink', None)
        if unlink is not None:
            unlink(self._discard)

    def start(self, greenlet):
        self.add(greenlet)
        greenlet.start()

    def spawn(self, *args, **kwargs):
        greenlet = self.greenlet_class(*args, **kwargs)
        self.start(greenlet)
        return greenlet

    def join(self, timeout=None, raise_error=False):
        if raise_error:
            greenlets = list(self.greenlets)
            for g in iwait(greenlets, timeout=timeout):
                if getattr(g, 'exception', None) is not None:
                    raise g.exception
            return self._empty_event.wait(timeout=0) or not self.greenlets
        return self._empty_event.wait(timeout=timeout)

    def kill(self, exception=GreenletExit, block=True, timeout=None):
        timer = Timeout._start_new_or_dummy(timeout)
        try:
            while self.greenlets:
                for greenlet in list(self.greenlets):
                    if greenlet in self.dying:
                        continue
                    greenlet.kill(exception, block=False)
                    self.dying[greenlet] = None
                if not block:
                    break
                joinall(list(self.greenlets))
        except Timeout as ex:
            if ex is not timer:
                raise
        finally:
            timer.cancel()

    def killone(self, greenlet, exception=GreenletExit, block=True, timeout=None):
        if greenlet not in self.dying and greenlet in self.greenlets:
            greenlet.kill(exception, block=False)
            self.dying[greenlet] = None
            if block:
                greenlet.join(timeout)

    def full(self):
        return False

    def wait_available(self, timeout=None):
        pass

    def apply(self, func, args=None, kwds=None):
        if args is None:
            args = ()
        if kwds is None:
            kwds = {}
        if getcurrent() in self:
            return func(*args, **kwds)
        return self.spawn(func, *args, **kwds).get()

    def apply_async(self, func, args=None, kwds=None, callback=None):
        if args is None:
            args = ()
        if kwds is None:
            kwds = {}
        greenlet = self.spawn(func, *args, **kwds)
        if callback is not None:
            greenlet.link(lambda g: callback(g.value) if g.successful() else None)
        return greenlet

    def apply_cb(self, func, args=None, kwds=None, callback=None):
        result = self.apply(func, args, kwds)
        if callback is not None:
            _run_callback(callback, result)
        return result

    def map(self, func, iterable):
        results = []
        for value in self.imap(func, iterable):
            results.append(value)
        return results

    def map_async(self, func, iterable, callback=None):
        return Greenlet.spawn(self.map, func, iterable)

    def imap(self, func, *iterables, **kwargs):
        return self._imap(_IMap, func, *iterables, **kwargs)

    def imap_unordered(self, func, *iterables, **kwargs):
        return self._imap(_IMapUnordered, func, *iterables, **kwargs)

    def _imap(self, cls, func, *iterables, maxsize=None):
        if len(iterables) == 1:
            iterable = iterables[0]
            zipped = False
        else:
            iterable = zip(*iterables)
            zipped = True
        return cls.spawn(func, iterable, spawn=self.spawn, maxsize=maxsize, _zipped=zipped)


class _Failure:
    def __init__(self, exc):
        self.exc = exc


class _IMapUnordered(Greenlet):
    def __init__(self, func, iterable, spawn, maxsize=None, _zipped=False):
        Greenlet.__init__(self)
        self.spawn = spawn
        self._zipped = _zipped
        self.func = func
        self.iterable = iterable
        self.queue = Queue()
        self._result_semaphore = Semaphore(maxsize) if maxsize else None
        self.count = 0
        self.finished = False
        self._outstanding_results = 0
        self._max_index = -1
        self.rawlink(self._on_finish)

    def __iter__(self):
        return self

    def __next__(self):
        if self._result_semaphore is not None:
            self._result_semaphore.release()
        value = self._inext()
        if isinstance(value, _Failure):
            raise value.exc
        return value

    def _inext(self):
        return self.queue.get()

    def _ispawn(self, func, item, item_index):
        if self._result_semaphore is not None:
            self._result_semaphore.acquire()
        self._outstanding_results += 1
        self._max_index = item_index
        self.count += 1
        g = self.spawn(func, *item) if self._zipped else self.spawn(func, item)
        g._imap_task_index = item_index
        g.rawlink(self._on_result)
        return g

    def _run(self):
        try:
            func = self.func
            for item_index, item in enumerate(self.iterable):
                self._ispawn(func, item, item_index)
        finally:
            self.spawn = None
            self.func = None
            self.iterable = None
            self._result_semaphore = None if self._result_semaphore is None else self._result_semaphore

    def _on_result(self, greenlet):
        self.count -= 1
        if greenlet.successful():
            self.queue.put(self._iqueue_value_for_success(greenlet))
        else:
            self.queue.put(self._iqueue_value_for_failure(greenlet))
        if self.ready() and self.count <= 0 and not self.finished:
            self.queue.put(self._iqueue_value_for_self_finished())
            self.finished = True

    def _on_finish(self, exception):
        if self.finished:
            return
        if self.exception is not None:
            self.finished = True
            self.queue.put(self._iqueue_value_for_self_failure(self.exception))
            return
        if self.count <= 0:
            self.finished = True
            self.queue.put(self._iqueue_value_for_self_finished())

    def _iqueue_value_for_success(self, greenlet):
        return greenlet.value

    def _iqueue_value_for_failure(self, greenlet):
        return _Failure(greenlet.exception)

    def _iqueue_value_for_self_finished(self):
        return _Failure(StopIteration())

    def _iqueue_value_for_self_failure(self, exception):
        return _Failure(exception)


class _IMap(_IMapUnordered):
    def __init__(self, *args, **kwargs):
        self._results = {}
        self.index = 0
        _IMapUnordered.__init__(self, *args, **kwargs)

    def _inext(self):
        try:
            value = self._results.pop(self.index)
        except KeyError:
            while 1:
                index, value = self.queue.get()
                if index == self.index:
                    break
                self._results[index] = value
        self.index += 1
        return value

    def _iqueue_value_for_success(self, greenlet):
        return (greenlet._imap_task_index, _IMapUnordered._iqueue_value_for_success(self, greenlet))

    def _iqueue_value_for_failure(self, greenlet):
        return (greenlet._imap_task_index, _IMapUnordered._iqueue_value_for_failure(self, greenlet))

    def _iqueue_value_for_self_finished(self):
        return (self._max_index + 1, _IMapUnordered._iqueue_value_for_self_finished(self))

    def _iqueue_value_for_self_failure(self, exception):
        return (self._max_index + 1, _IMapUnordered._iqueue_value_for_self_failure(self, exception))


class Pool(Group):
    def __init__(self, size=None, greenlet_class=None):
        if size is not None and size < 0:
            raise ValueError('size must not be negative: %r' % (size,))
        Group.__init__(self)
        self.size = size
        if greenlet_class is not None:
            self.greenlet_class = greenlet_class
        if size is None:
            self._semaphore = DummySemaphore()
        else:
            self._semaphore = _PoolSlots(size)

    def wait_available(self, timeout=None):
        return self._semaphore.wait(timeout=timeout)

    def full(self):
        return self.free_count() <= 0

    def free_count(self):
        if self.size is None:
            return 1
        return max(0, self.size - len(self))

    def start(self, greenlet, blocking=True, timeout=None):
        self.add(greenlet, blocking, timeout)
        greenlet.start()

    def spawn(self, *args, **kwargs):
        greenlet = self.greenlet_class(*args, **kwargs)
        self.start(greenlet)
        return greenlet

    def add(self, greenlet, blocking=True, timeout=None):
        if not self._semaphore.acquire(blocking=blocking, timeout=timeout):
            raise PoolFull()
        if self.size is not None:
            _resource_holder(self._semaphore._id, True, greenlet)
        try:
            Group.add(self, greenlet)
        except:
            self._semaphore.release()
            raise

    def _discard(self, greenlet):
        if self.size is not None and greenlet in self.greenlets:
            _resource_holder(self._semaphore._id, False, greenlet)
        Group._discard(self, greenlet)
        self._semaphore.release()


class _PoolSlots(Semaphore):
    # A Pool's slots: each is held by the greenlet it was taken for (Pool.add and
    # Pool._discard say which), not by the greenlet that called spawn.
    _kind = 'pool'

    def _resource_kind(self):
        return 'pool'

    def _resource_name(self):
        return 'Pool'

    def _holder(self, held):
        pass


class Empty(Exception):
    __module__ = '_queue'


class Full(Exception):
    __module__ = 'queue'


class _ItemWaiter(Waiter):
    def __init__(self, item, queue):
        Waiter.__init__(self)
        self.item = item
        self.queue = queue

    def put_and_switch(self):
        self.queue._put(self.item)
        self.queue = None
        self.item = None
        return self.switch(self)


class Queue:
    __module__ = 'gevent._gevent_cqueue'

    def __init__(self, maxsize=None, items=()):
        if maxsize is not None and maxsize <= 0:
            maxsize = None
        self._maxsize = maxsize
        self.getters = _deque()
        self.putters = _deque()
        self._event_unlock = None
        self._init(maxsize, items)
        self._id = _resource('queue', type(self).__name__, maxsize)
        _resource_value(self._id, len(self.queue))

    def _init(self, maxsize, items=()):
        self.queue = _deque(items)

    def _get(self):
        return self.queue.popleft()

    def _peek(self):
        return self.queue[0]

    def _put(self, item):
        self.queue.append(item)
        _resource_value(self._id, len(self.queue))

    @property
    def maxsize(self):
        return self._maxsize if self._maxsize is not None else 0

    def __repr__(self):
        return '<%s queue=%r>' % (type(self).__name__, list(self.queue))

    def __len__(self):
        return self.qsize()

    def __bool__(self):
        return True

    def __iter__(self):
        return self

    def __next__(self):
        result = self.get()
        if result is StopIteration:
            raise result
        return result

    def qsize(self):
        return len(self.queue)

    def empty(self):
        return not self.qsize()

    def full(self):
        return self._maxsize is not None and self.qsize() >= self._maxsize

    def put(self, item, block=True, timeout=None):
        if self._maxsize is None or self.qsize() < self._maxsize:
            self._put(item)
            if self.getters:
                self._schedule_unlock()
        elif _in_hub():
            while self.getters and self.qsize() and self.qsize() >= self._maxsize:
                getter = self.getters.popleft()
                getter.switch(getter)
            if self.qsize() < self._maxsize:
                self._put(item)
                return
            raise Full
        elif block:
            waiter = _ItemWaiter(item, self)
            self.putters.append(waiter)
            timeout = Timeout._start_new_or_dummy(timeout, Full)
            woken = False
            try:
                if self.getters:
                    self._schedule_unlock()
                result = waiter.get('queue_put', self._id)
                if result is not waiter:
                    raise InvalidSwitchError("Invalid switch into Queue.put: %r" % (result,))
                # Whoever switched to the waiter took it off the list first.
                woken = True
            finally:
                timeout.cancel()
                if not woken and waiter in self.putters:
                    self.putters.remove(waiter)
        else:
            raise Full

    def put_nowait(self, item):
        self.put(item, False)

    def _get_or_peek(self, method, block, timeout):
        if _in_hub():
            while self.putters:
                self.putters.popleft().put_and_switch()
                if self.qsize():
                    return method()
            raise Empty
        if not block:
            raise Empty
        waiter = Waiter()
        timeout = Timeout._start_new_or_dummy(timeout, Empty)
        woken = False
        try:
            self.getters.append(waiter)
            if self.putters:
                self._schedule_unlock()
            result = waiter.get('queue_get', self._id)
            if result is not waiter:
                raise InvalidSwitchError('Invalid switch into Queue.get: %r' % (result,))
            # Whoever switched to the waiter took it off the list first.
            woken = True
            return method()
        finally:
            timeout.cancel()
            if not woken and waiter in self.getters:
                self.getters.remove(waiter)

    def get(self, block=True, timeout=None):
        if self.qsize():
            if self.putters:
                self._schedule_unlock()
            item = self._get()
            _resource_value(self._id, len(self.queue))
            return item
        return self._get_or_peek(self._get_counted, block, timeout)

    def _get_counted(self):
        item = self._get()
        _resource_value(self._id, len(self.queue))
        return item

    def get_nowait(self):
        return self.get(False)

    def peek(self, block=True, timeout=None):
        if self.qsize():
            return self._peek()
        return self._get_or_peek(self._peek, block, timeout)

    def peek_nowait(self):
        return self.peek(False)

    def _schedule_unlock(self):
        if not self._event_unlock:
            self._event_unlock = _run_callback(self._unlock)

    def _unlock(self):
        self._event_unlock = None
        while True:
            repeat = False
            if self.putters and (self._maxsize is None or self.qsize() < self._maxsize):
                repeat = True
                putter = self.putters.popleft()
                self._put(putter.item)
                putter.switch(putter)
            if self.getters and self.qsize():
                repeat = True
                getter = self.getters.popleft()
                getter.switch(getter)
            if not repeat:
                return


class JoinableQueue(Queue):
    def __init__(self, maxsize=None, items=(), unfinished_tasks=None):
        Queue.__init__(self, maxsize, items)
        self._cond = Event()
        self._cond.set()
        if unfinished_tasks:
            self.unfinished_tasks = unfinished_tasks
        elif items:
            self.unfinished_tasks = len(items)
        else:
            self.unfinished_tasks = 0
        if self.unfinished_tasks:
            self._cond.clear()

    def _put(self, item):
        Queue._put(self, item)
        self.unfinished_tasks += 1
        self._cond.clear()

    def task_done(self):
        if self.unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1
        if self.unfinished_tasks == 0:
            self._cond.set()

    def join(self, timeout=None):
        return self._cond.wait(timeout=timeout)


class LifoQueue(Queue):
    def _init(self, maxsize, items=()):
        self.queue = list(items)

    def _get(self):
        return self.queue.pop()

    def _peek(self):
        return self.queue[-1]


class PriorityQueue(Queue):
    def _init(self, maxsize, items=()):
        self.queue = list(items)
        _heapify(self.queue)

    def _put(self, item):
        _heappush(self.queue, item)
        _resource_value(self._id, len(self.queue))

    def _get(self):
        return _heappop(self.queue)

    def _peek(self):
        return self.queue[0]


Channel = Queue


def patch_all(**kwargs):
    patch_time()
    return True


def patch_time():
    _TIME_PATCHED[0] = True
    _patch_time()


def patch_socket(**kwargs):
    pass


def patch_thread(**kwargs):
    pass


def is_module_patched(name):
    return name == 'time' and _TIME_PATCHED[0]


_TIME_PATCHED = [False]


class monkey:
    patch_all = staticmethod(patch_all)
    patch_time = staticmethod(patch_time)
    patch_socket = staticmethod(patch_socket)
    patch_thread = staticmethod(patch_thread)
    is_module_patched = staticmethod(is_module_patched)
"""#
}
