# tornado.queues: Queue, PriorityQueue, LifoQueue and their errors.

class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


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
