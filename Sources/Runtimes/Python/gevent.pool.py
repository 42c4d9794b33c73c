# gevent.pool: Group, Pool and their map/imap helpers.

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
