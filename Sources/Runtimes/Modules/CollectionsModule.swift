import VM

/// `collections`: defaultdict, Counter, OrderedDict and namedtuple, written in the scenario
/// language itself on top of the builtin types; `deque` is the VM's native type, which
/// `_collections` provides (as in CPython).
enum CollectionsModule {
    static func native() -> PyModule {
        let m = PyModule(name: "_collections")
        m["deque"] = .object(Builtins.dequeType)
        return m
    }

    static let source = #"""
from _collections import deque


class defaultdict(dict):
    def __init__(self, default_factory=None, *args, **kwargs):
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        return f"defaultdict({self.default_factory!r}, {dict(self)!r})"


class OrderedDict(dict):
    def move_to_end(self, key, last=True):
        value = self.pop(key)
        if last:
            self[key] = value
        else:
            items = list(self.items())
            self.clear()
            self[key] = value
            for k, v in items:
                self[k] = v

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(list(self.keys()))) if last else next(iter(self.keys()))
        return key, self.pop(key)

    def __repr__(self):
        if not self:
            return "OrderedDict()"
        return f"OrderedDict({list(self.items())!r})"


class Counter(dict):
    def __init__(self, iterable=None, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def update(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self[elem] + count
            else:
                for elem in iterable:
                    self[elem] = self[elem] + 1
        for elem, count in kwds.items():
            self[elem] = self[elem] + count

    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:n]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    def total(self):
        return sum(self.values())

    def __repr__(self):
        if not self:
            return "Counter()"
        return "Counter({%s})" % ", ".join("%r: %r" % kv for kv in self.most_common())


def namedtuple(typename, field_names, *, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    fields = tuple(field_names)

    class _NamedTuple:
        __slots__ = ()
        _fields = fields
        __match_args__ = fields
        # CPython's namedtuple is a tuple subclass: sequence patterns match it.
        __loopscope_sequence__ = True

        def __init__(self, *args, **kwargs):
            values = list(args)
            for name in fields[len(args):]:
                if name in kwargs:
                    values.append(kwargs[name])
                elif defaults is not None and len(fields) - fields.index(name) <= len(defaults):
                    values.append(defaults[len(defaults) - (len(fields) - fields.index(name))])
                else:
                    raise TypeError(f"{typename}.__new__() missing 1 required positional argument: '{name}'")
            if len(values) > len(fields):
                raise TypeError(f"{typename}.__new__() takes {len(fields) + 1} positional arguments but {len(values) + 1} were given")
            for name, value in zip(fields, values):
                object.__setattr__(self, name, value)
            object.__setattr__(self, '_values', tuple(values))

        def __iter__(self):
            return iter(self._values)

        def __len__(self):
            return len(self._values)

        def __getitem__(self, i):
            return self._values[i]

        def __eq__(self, other):
            return tuple(self) == tuple(other)

        def __hash__(self):
            return hash(self._values)

        def __repr__(self):
            return typename + "(" + ", ".join(f"{n}={v!r}" for n, v in zip(fields, self._values)) + ")"

        def _asdict(self):
            return dict(zip(fields, self._values))

        def _replace(self, **kwargs):
            values = [kwargs.get(n, v) for n, v in zip(fields, self._values)]
            return type(self)(*values)

    _NamedTuple.__name__ = typename
    _NamedTuple.__qualname__ = typename
    return _NamedTuple
"""#
}
