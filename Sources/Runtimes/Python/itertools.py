"""itertools: CPython's iterator building blocks. Each is a class (so type names, reprs and
the eager argument checks match CPython's); the combinatoric ones consume their input when
created, as CPython does."""


def _check_int(value):
    if not isinstance(value, int):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return value


class count:
    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float)):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return f'count({self._n!r})'
        return f'count({self._n!r}, {self._step!r})'


class cycle:
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._index = -1

    def __iter__(self):
        return self

    def __next__(self):
        if self._index < 0:
            for item in self._it:
                self._saved.append(item)
                return item
            if not self._saved:
                raise StopIteration
            self._index = 0
        item = self._saved[self._index]
        self._index = (self._index + 1) % len(self._saved)
        return item


class repeat:
    def __init__(self, object, times=None):
        self._object = object
        if times is not None:
            _check_int(times)
            times = max(times, 0)
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'repeat({self._object!r})'
        return f'repeat({self._object!r}, {self._times})'


class accumulate:
    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = initial
        self._started = initial is not None
        self._pending_initial = initial is not None

    def __iter__(self):
        return self

    def __next__(self):
        if self._pending_initial:
            self._pending_initial = False
            return self._total
        value = next(self._it)
        if not self._started:
            self._started = True
            self._total = value
        elif self._func is None:
            self._total = self._total + value
        else:
            self._total = self._func(self._total, value)
        return self._total


class chain:
    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        result = cls()
        result._sources = iter(iterable)
        return result

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                self._active = iter(next(self._sources))
            for item in self._active:
                return item
            self._active = None


class compress:
    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._data)
            if next(self._selectors):
                return item


class dropwhile:
    def __init__(self, predicate, iterable):
        self._predicate = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            if not self._dropping or not self._predicate(item):
                self._dropping = False
                return item


class takewhile:
    def __init__(self, predicate, iterable):
        self._predicate = predicate
        self._it = iter(iterable)
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        item = next(self._it)
        if self._predicate(item):
            return item
        self._done = True
        raise StopIteration


class filterfalse:
    def __init__(self, function, iterable):
        self._function = bool if function is None else function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            if not self._function(item):
                return item


class starmap:
    def __init__(self, function, iterable):
        self._function = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        return self._function(*next(self._it))


class pairwise:
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._last = None
        self._started = False

    def __iter__(self):
        return self

    def __next__(self):
        if not self._started:
            self._last = next(self._it)
            self._started = True
        item = next(self._it)
        pair = (self._last, item)
        self._last = item
        return pair


def _islice_index(value, what):
    if value is None:
        return None
    if not isinstance(value, int) or value < 0:
        raise ValueError(f'{what} argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    return value


class islice:
    def __init__(self, iterable, *args):
        if not 1 <= len(args) <= 3:
            if not args:
                raise TypeError('islice expected at least 2 arguments, got 1')
            raise TypeError(f'islice expected at most 4 arguments, got {len(args) + 1}')
        if len(args) == 1:
            start, stop, step = None, args[0], None
        else:
            start, stop, step = (tuple(args) + (None,))[:3]
        stop = _islice_index(stop, 'Stop')
        start = _islice_index(start, 'Indices') or 0
        if step is not None and (not isinstance(step, int) or step <= 0):
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step or 1
        self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        # CPython's islice_next: skip up to the next index, stop at `stop` for good.
        if self._it is None:
            raise StopIteration
        while self._index < self._next:
            if next(self._it, _sentinel) is _sentinel:
                self._it = None
                raise StopIteration
            self._index += 1
        if self._stop is not None and self._index >= self._stop:
            self._it = None
            raise StopIteration
        item = next(self._it, _sentinel)
        if item is _sentinel:
            self._it = None
            raise StopIteration
        self._index += 1
        self._next += self._step
        if self._stop is not None and self._next > self._stop:
            self._next = self._stop
        return item


_sentinel = object()


class zip_longest:
    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(it) for it in iterables]
        self._active = len(self._its)
        self._fillvalue = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        if not self._its or not self._active:
            raise StopIteration
        values = []
        for i, it in enumerate(self._its):
            if it is None:
                values.append(self._fillvalue)
                continue
            value = next(it, _sentinel)
            if value is _sentinel:
                self._active -= 1
                if not self._active:
                    raise StopIteration
                self._its[i] = None
                value = self._fillvalue
            values.append(value)
        return tuple(values)


class _grouper:
    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._grouper is not self:
            raise StopIteration
        if parent._current is _sentinel:
            parent._advance()
            if parent._current is _sentinel or parent._current_key != self._key:
                raise StopIteration
        elif parent._current_key != self._key:
            raise StopIteration
        value = parent._current
        parent._current = _sentinel
        return value


class groupby:
    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._current = _sentinel
        self._current_key = _sentinel
        self._grouper = None
        self._tgtkey = _sentinel

    def _advance(self):
        value = next(self._it, _sentinel)
        self._current = value
        if value is not _sentinel:
            self._current_key = value if self._keyfunc is None else self._keyfunc(value)

    def __iter__(self):
        return self

    def __next__(self):
        self._grouper = None
        while True:
            if self._current is _sentinel:
                self._advance()
                if self._current is _sentinel:
                    raise StopIteration
            if self._tgtkey is _sentinel or self._current_key != self._tgtkey:
                break
            self._current = _sentinel
        self._tgtkey = self._current_key
        self._grouper = _grouper(self, self._tgtkey)
        return (self._current_key, self._grouper)


class _tee:
    def __init__(self, it, buffers, index):
        self._it = it
        self._buffers = buffers
        self._index = index

    def __iter__(self):
        return self

    def __next__(self):
        buffer = self._buffers[self._index]
        if not buffer:
            value = next(self._it)
            for b in self._buffers:
                b.append(value)
        return buffer.pop(0)

    def __copy__(self):
        self._buffers.append(list(self._buffers[self._index]))
        return _tee(self._it, self._buffers, len(self._buffers) - 1)


def tee(iterable, n=2):
    if _check_int(n) < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    buffers = [[] for _ in range(n)]
    return tuple(_tee(it, buffers, i) for i in range(n))


class _combinatoric:
    """The combinatoric iterators: the input is consumed at once; a generator does the work."""

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._run)


def _check_r(r):
    if _check_int(r) < 0:
        raise ValueError('r must be non-negative')
    return r


class product(_combinatoric):
    def __init__(self, *iterables, repeat=1):
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat
        self._run = self._generate(pools)

    @staticmethod
    def _generate(pools):
        result = [[]]
        for pool in pools:
            result = [x + [y] for x in result for y in pool]
        for prod in result:
            yield tuple(prod)


class permutations(_combinatoric):
    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is not None and not isinstance(r, int):
            raise TypeError('Expected int as r')
        r = n if r is None else _check_r(r)
        self._run = self._generate(pool, n, r)

    @staticmethod
    def _generate(pool, n, r):
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return


class combinations(_combinatoric):
    def __init__(self, iterable, r):
        pool = tuple(iterable)
        self._run = self._generate(pool, len(pool), _check_r(r))

    @staticmethod
    def _generate(pool, n, r):
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_combinatoric):
    def __init__(self, iterable, r):
        pool = tuple(iterable)
        self._run = self._generate(pool, len(pool), _check_r(r))

    @staticmethod
    def _generate(pool, n, r):
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)
