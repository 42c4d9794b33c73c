"""typing: the names programs use in annotations, with CPython 3.11's reprs (typing.List[int],
typing.Optional[str], ~T), Generic and Protocol bases, NamedTuple, TypedDict, TypeVar,
NewType, cast and the introspection helpers get_type_hints/get_origin/get_args. Nothing
is checked at run time, as in CPython."""

import collections as _collections
import functools as _functools

TYPE_CHECKING = False
_UnionType = type(int | str)


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


def _type_check(arg):
    if arg is None:
        return type(None)
    return arg


class _Final:
    __slots__ = ()


class _SpecialForm(_Final):
    """Any, NoReturn, ClassVar, Final, Union, Optional, Literal, ..."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f'{self} is not subscriptable')
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __mro_entries__(self, bases):
        raise TypeError(f'Cannot subclass {self!r}')


class _GenericAlias(_Final):
    """X[args]: keeps the origin and the arguments; calling it makes an origin instance."""

    def __init__(self, origin, args, name=None, special=None, inst=True):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self._name = name
        self._special = special
        self._inst = inst

    def __repr__(self):
        if self._name == 'Callable' and len(self.__args__) == 2 and self._special == 'callable':
            params, result = self.__args__
            if params is ...:
                return f'typing.Callable[..., {_type_repr(result)}]'
            return f'typing.Callable[[{", ".join(_type_repr(a) for a in params)}], {_type_repr(result)}]'
        if self._name is not None:
            head = 'typing.' + self._name
        else:
            head = _type_repr(self.__origin__)
        if not self.__args__:
            return f'{head}[()]'
        return f'{head}[{", ".join(_type_repr(a) for a in self.__args__)}]'

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError(f'Cannot instantiate {self!r}')
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; use {origin.__name__.lower()}() instead')
        return origin(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError(f'Cannot subclass {self!r}')
        if origin is Generic or origin is Protocol:
            return (origin,)
        return (origin,)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _SpecialGenericAlias(_Final):
    """List, Dict, Callable, ...: an unsubscripted alias of a builtin or abstract class."""

    def __init__(self, origin, nparams, name, callable=False, inst=True):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._callable = callable
        self._inst = inst

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if self._callable:
            if not isinstance(params, tuple) or len(params) != 2:
                raise TypeError('Callable must be used as Callable[[arg, ...], result].')
            args, result = params
            if args is not ...:
                if not isinstance(args, list):
                    raise TypeError(f'Callable[args, result]: args must be a list. Got {_type_repr(args)}')
                args = tuple(_type_check(a) for a in args)
            return _GenericAlias(self.__origin__, (args, _type_check(result)), self._name, 'callable')
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == 'Tuple' and params == ((),):
            params = ()
        params = tuple(p if p is ... else _type_check(p) for p in params)
        if self._nparams >= 0 and len(params) != self._nparams and self._name != 'Tuple':
            many = 'many' if len(params) > self._nparams else 'few'
            raise TypeError(f'Too {many} arguments for {self}; actual {len(params)}, expected {self._nparams}')
        return _GenericAlias(self.__origin__, params, self._name, inst=self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; use {self.__origin__.__name__.lower()}() instead')
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __or__(self, other):
        return Union[self, other]


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f'typing.Optional[{_type_repr(other)}]'
        return f'typing.Union[{", ".join(_type_repr(a) for a in args)}]'

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        p = _type_check(p)
        if isinstance(p, (_UnionGenericAlias, _UnionType)):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    unique = []
    for p in flat:
        if p not in unique:
            unique.append(p)
    if len(unique) == 1:
        return unique[0]
    return _UnionGenericAlias(self, tuple(unique))


def _optional_getitem(self, parameters):
    return Union[parameters, None]


def _single_getitem(self, parameters):
    return _GenericAlias(self, (_type_check(parameters),), self._name)


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters, self._name)


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments (a type and an annotation).')
    alias = _GenericAlias(params[0], params[1:], None)
    alias.__metadata__ = params[1:]
    return alias


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
ClassVar = _SpecialForm('ClassVar', _single_getitem)
Final = _SpecialForm('Final', _single_getitem)
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
Annotated = _SpecialForm('Annotated', _annotated_getitem)


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__constraints__ = tuple(constraints)
        self.__bound__ = _type_check(bound) if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]


AnyStr = TypeVar('AnyStr', bytes, str)


class ParamSpec(_Final):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name

    def __repr__(self):
        return '~' + self.__name__


class Generic:
    """Base of user generic classes: `class Box(Generic[T])`; `Box[int]` is an alias."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec)):
                    raise TypeError(f'Parameters to {cls.__name__}[...] must all be type variables or parameter specification variables.')
            return _GenericAlias(cls, params, cls.__name__)
        return _GenericAlias(cls, tuple(p if p is ... else _type_check(p) for p in params))

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        params = []
        for base in cls.__dict__.get('__orig_bases__', ()):
            for arg in getattr(base, '__args__', ()):
                if isinstance(arg, TypeVar) and arg not in params:
                    params.append(arg)
        cls.__parameters__ = tuple(params)


_SPECIAL_NAMES = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '__parameters__', '__orig_bases__', '_is_protocol', '_is_runtime_protocol',
    '__init_subclass__', '__qualname__', '__match_args__'})


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = base.__dict__.get('__annotations__', {})
        for attr in list(base.__dict__) + list(annotations):
            if not attr.startswith('_abc_') and attr not in _SPECIAL_NAMES:
                attrs.add(attr)
    return attrs


class _ProtocolMeta(type):
    """isinstance()/issubclass() against a @runtime_checkable protocol check structure: the
    object has every member the protocol names."""

    def __instancecheck__(cls, instance):
        if not cls.__dict__.get('_is_protocol', False):
            return cls in type(instance).__mro__
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')
        if cls in type(instance).__mro__:
            return True
        for attr in _get_protocol_attrs(cls):
            if not hasattr(instance, attr):
                return False
            if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                return False
        return True

    def __subclasscheck__(cls, other):
        if not cls.__dict__.get('_is_protocol', False):
            return cls in other.__mro__
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')
        return all(any(attr in base.__dict__ for base in other.__mro__) for attr in _get_protocol_attrs(cls))


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Structural base: a Protocol class itself cannot be instantiated."""
    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if cls._is_protocol and '__init__' not in cls.__dict__:
            cls.__init__ = _no_init_or_replace_init

    def __new__(cls, *args, **kwargs):
        if cls is Protocol or cls.__dict__.get('_is_protocol', False):
            raise TypeError("Protocols cannot be instantiated")
        return object.__new__(cls)


def _no_init_or_replace_init(self, *args, **kwargs):
    pass


def runtime_checkable(cls):
    cls._is_runtime_protocol = True
    return cls


List = _SpecialGenericAlias(list, 1, 'List', inst=False)
Dict = _SpecialGenericAlias(dict, 2, 'Dict', inst=False)
Set = _SpecialGenericAlias(set, 1, 'Set', inst=False)
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet', inst=False)
Tuple = _SpecialGenericAlias(tuple, -1, 'Tuple', inst=False)
Type = _SpecialGenericAlias(type, 1, 'Type', inst=False)
Deque = _SpecialGenericAlias(_collections.deque, 1, 'Deque')
DefaultDict = _SpecialGenericAlias(_collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _SpecialGenericAlias(_collections.OrderedDict, 2, 'OrderedDict')
Counter = _SpecialGenericAlias(_collections.Counter, 1, 'Counter')
ChainMap = _SpecialGenericAlias(_collections.ChainMap, 2, 'ChainMap')
Callable = _SpecialGenericAlias(object, -1, 'Callable', callable=True)


class _Abstract:
    """Stands for a collections.abc class that loopscope does not model; aliases of it
    work in annotations but cannot be instantiated."""

    def __init__(self, *args, **kwargs):
        raise TypeError(f"Can't instantiate abstract class {type(self).__name__}")


def _abstract(name, nparams):
    return _SpecialGenericAlias(type(name, (_Abstract,), {'__module__': 'collections.abc'}), nparams, name)


Iterable = _abstract('Iterable', 1)
Iterator = _abstract('Iterator', 1)
Reversible = _abstract('Reversible', 1)
Generator = _abstract('Generator', 3)
Sequence = _abstract('Sequence', 1)
MutableSequence = _abstract('MutableSequence', 1)
Mapping = _abstract('Mapping', 2)
MutableMapping = _abstract('MutableMapping', 2)
AbstractSet = _abstract('AbstractSet', 1)
MutableSet = _abstract('MutableSet', 1)
Collection = _abstract('Collection', 1)
Container = _abstract('Container', 1)
Hashable = _abstract('Hashable', 0)
Sized = _abstract('Sized', 0)
KeysView = _abstract('KeysView', 1)
ItemsView = _abstract('ItemsView', 2)
ValuesView = _abstract('ValuesView', 1)
Awaitable = _abstract('Awaitable', 1)
Coroutine = _abstract('Coroutine', 3)
AsyncIterable = _abstract('AsyncIterable', 1)
AsyncIterator = _abstract('AsyncIterator', 1)
AsyncGenerator = _abstract('AsyncGenerator', 2)
ContextManager = _abstract('ContextManager', 1)
AsyncContextManager = _abstract('AsyncContextManager', 1)
Text = str


def cast(typ, val):
    return val


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError('You should not call an overloaded function. '
                                  'A series of @typing.overload-decorated functions '
                                  'outside a stub module should always be followed '
                                  'by an implementation that is not @typing.overload-ed.')
    return _overload_dummy


def final(f):
    return f


def no_type_check(arg):
    return arg


def assert_never(arg, /):
    raise AssertionError(f'Expected code to be unreachable, but got: {arg!r}')


def reveal_type(obj, /):
    return obj


class NewType:
    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x


def get_origin(tp):
    if isinstance(tp, _UnionGenericAlias):
        return Union
    if isinstance(tp, _UnionType):
        return _UnionType
    if isinstance(tp, _GenericAlias):
        if hasattr(tp, '__metadata__'):
            return Annotated
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _UnionType):
        return tp.__args__
    if isinstance(tp, _GenericAlias):
        if hasattr(tp, '__metadata__'):
            return (tp.__origin__,) + tp.__metadata__
        args = tp.__args__
        if tp._special == 'callable' and args[0] is not ...:
            return (list(args[0]), args[1])
        return args
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            for name, value in base.__dict__.get('__annotations__', {}).items():
                hints[name] = _type_check(value)
        return hints
    return {name: _type_check(value) for name, value in getattr(obj, '__annotations__', {}).items()}


class _NamedTupleMeta(type):
    def __new__(mcs, typename, bases, ns):
        types = ns.get('__annotations__', {})
        field_names = list(types)
        defaults = []
        for name in field_names:
            if name in ns:
                defaults.append(ns[name])
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default field"
                                f"{'s' if len(defaults) > 1 else ''} {', '.join(field_names[len(field_names) - len(defaults) - 1:][:len(defaults)])}")
        nm_tpl = _collections.namedtuple(typename, field_names, defaults=defaults,
                                         module=ns.get('__module__', '__main__'))
        nm_tpl.__annotations__ = types
        for key, value in ns.items():
            if key in ('__module__', '__qualname__', '__annotations__', '__orig_bases__'):
                continue
            if key in field_names or key in ('_make', '_asdict', '_replace', '_fields', '_field_defaults'):
                continue
            setattr(nm_tpl, key, value)
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """`class Point(NamedTuple): x: int` or `NamedTuple('Point', [('x', int)])`."""
    if fields is None:
        fields = kwargs.items()
    fields = list(fields)
    nm_tpl = _collections.namedtuple(typename, [n for n, t in fields], module='__main__')
    nm_tpl.__annotations__ = {n: _type_check(t) for n, t in fields}
    return nm_tpl


_NamedTuple = type.__new__(_NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(mcs, name, bases, ns, total=True):
        annotations = {}
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
        own = {k: _type_check(v) for k, v in ns.get('__annotations__', {}).items()}
        annotations.update(own)
        ns = dict(ns)
        ns['__annotations__'] = annotations
        ns['__total__'] = total
        ns['__new__'] = _typeddict_new
        cls = super().__new__(mcs, name, (dict,), ns)
        required = set()
        optional = set()
        for base in bases:
            required |= getattr(base, '__required_keys__', set())
            optional |= getattr(base, '__optional_keys__', set())
        (required if total else optional).update(own)
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)
        return cls


def _typeddict_new(cls, *args, **kwargs):
    return dict(*args, **kwargs)


class TypedDict(metaclass=_TypedDictMeta):
    """`class Movie(TypedDict): title: str`; calling it makes a plain dict."""
