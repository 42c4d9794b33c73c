"""functools: partial, reduce, wraps and cmp_to_key are native (_functools); lru_cache/cache
wrap the native cache; total_ordering, cached_property, singledispatch and friends are here."""

from _functools import partial, reduce, wraps, cmp_to_key, _lru_cache_wrapper
from collections import namedtuple

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    wrapper.__wrapped__ = wrapped
    return wrapper


_CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return update_wrapper(_lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo), user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return update_wrapper(_lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo), user_function)

    return decorating_function


def cache(user_function, /):
    return lru_cache(maxsize=None)(user_function)


_ORDER_CONVERT = {
    '__lt__': [('__gt__', lambda self, other: _not_and_ne(self.__lt__(other), self, other)),
               ('__le__', lambda self, other: _or_eq(self.__lt__(other), self, other)),
               ('__ge__', lambda self, other: _not(self.__lt__(other)))],
    '__le__': [('__ge__', lambda self, other: _not_or_eq(self.__le__(other), self, other)),
               ('__lt__', lambda self, other: _and_ne(self.__le__(other), self, other)),
               ('__gt__', lambda self, other: _not(self.__le__(other)))],
    '__gt__': [('__lt__', lambda self, other: _not_and_ne(self.__gt__(other), self, other)),
               ('__ge__', lambda self, other: _or_eq(self.__gt__(other), self, other)),
               ('__le__', lambda self, other: _not(self.__gt__(other)))],
    '__ge__': [('__le__', lambda self, other: _not_or_eq(self.__ge__(other), self, other)),
               ('__gt__', lambda self, other: _and_ne(self.__ge__(other), self, other)),
               ('__lt__', lambda self, other: _not(self.__ge__(other)))],
}


def _not_and_ne(result, self, other):
    if result is NotImplemented:
        return result
    return not result and self != other


def _not_or_eq(result, self, other):
    if result is NotImplemented:
        return result
    return not result or self == other


def _or_eq(result, self, other):
    if result is NotImplemented:
        return result
    return result or self == other


def _and_ne(result, self, other):
    if result is NotImplemented:
        return result
    return result and self != other


def _not(result):
    if result is NotImplemented:
        return result
    return not result


def total_ordering(cls):
    roots = {op for op in _ORDER_CONVERT if op in cls.__dict__}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for opname, opfunc in _ORDER_CONVERT[root]:
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


_NOT_FOUND = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            f'({self.attrname!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        value = self.func(instance)
        setattr(instance, self.attrname, value)
        return value


class partialmethod:
    def __init__(self, func, /, *args, **keywords):
        self.func = func
        self.args = args
        self.keywords = keywords

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return partial(self.func, obj, *self.args, **self.keywords)


def singledispatch(func):
    registry = {}

    def dispatch(cls):
        for klass in cls.__mro__:
            if klass in registry:
                return registry[klass]
        return func

    def register(cls, func=None):
        if func is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            annotations = getattr(cls, '__annotations__', {})
            if not annotations:
                raise TypeError(f'Invalid first argument to `register()`: {cls!r}. '
                                'Use either `@register(some_class)` or plain `@register` '
                                'on an annotated function.')
            func = cls
            cls = next(iter(annotations.values()))
        registry[cls] = func
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    def __init__(self, func):
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method
