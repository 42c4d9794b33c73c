# gevent.queue: Queue, JoinableQueue, LifoQueue, PriorityQueue and Channel.

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
