"""dataclasses: @dataclass reads the class annotations and adds __init__, __repr__, __eq__,
ordering, hashing and frozen-ness as CPython 3.11 does. CPython generates those methods as
source text; here they are generic functions driven by the class's fields, with the same
behaviour and error messages."""

import typing as _typing

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f'dataclasses.InitVar[{name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


_FIELD = 'field'
_FIELD_CLASSVAR = 'classvar'
_FIELD_INITVAR = 'initvar'
_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return _string_names(annotation, 'typing', 'ClassVar')
    return annotation is _typing.ClassVar or getattr(annotation, '__origin__', None) is _typing.ClassVar


def _string_names(annotation, module, name):
    # An annotation kept as text (`from __future__ import annotations`): `ClassVar[int]`
    # or `typing.ClassVar[int]`, as CPython's dataclasses recognises it.
    text = annotation.strip()
    if text.startswith(module + '.'):
        text = text[len(module) + 1:].lstrip()
    return text == name or (text.startswith(name) and text[len(name):].lstrip().startswith('['))


def _get_field(cls, name, annotation, default_kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif (isinstance(annotation, InitVar) or annotation is InitVar
          or isinstance(annotation, str) and _string_names(annotation, 'dataclasses', 'InitVar')):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        f.kw_only = False
    if (f._field_type is _FIELD and f.default is not MISSING
            and (type(f.default) in (list, dict, set) or f.default.__class__.__hash__ is None)):
        raise ValueError(f'mutable default {type(f.default)} for field {f.name} is not allowed: use default_factory')
    return f


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    if slots:
        raise TypeError('dataclass(slots=True) is not supported by loopscope')
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_marker_seen = False
    for name, annotation in annotations.items():
        if annotation is KW_ONLY or annotation is _KW_ONLY_TYPE:
            if kw_only_marker_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            kw_only_marker_seen = True
            kw_only = True
            continue
        cls_fields.append(_get_field(cls, name, annotation, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)
    all_fields = [f for f in fields.values() if f._field_type is _FIELD]
    init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]

    if init:
        _check_default_order(init_fields)
        _set_new_attribute(cls, '__init__', _make_init(cls, init_fields, frozen))
    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr([f for f in all_fields if f.repr]))
    if eq:
        _set_new_attribute(cls, '__eq__', _make_eq([f for f in all_fields if f.compare]))
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        compared = [f for f in all_fields if f.compare]
        for name, op in (('__lt__', _lt), ('__le__', _le), ('__gt__', _gt), ('__ge__', _ge)):
            if _set_new_attribute(cls, name, _make_order(name, op, compared)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')
    if frozen:
        for name, fn in (('__setattr__', _frozen_setattr(cls, fields)), ('__delattr__', _frozen_delattr(cls, fields))):
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')

    has_explicit_hash = '__hash__' in cls.__dict__
    hash_fields = [f for f in all_fields if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = _make_hash(hash_fields)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _make_hash(hash_fields)
    elif eq and not has_explicit_hash:
        cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _signature_text(init_fields)
    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in init_fields if f.init and not f.kw_only))
    return cls


def _annotation_text(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    return repr(annotation).replace('typing.', '')


def _signature_text(init_fields):
    """The text inspect.signature gives the generated __init__ (without self)."""
    parts = []
    star = False
    for f in init_fields:
        if not f.init:
            continue
        if f.kw_only and not star:
            parts.append('*')
            star = True
        text = f'{f.name}: {_annotation_text(f.type)}'
        if f.default_factory is not MISSING:
            text += ' = <factory>'
        elif f.default is not MISSING:
            text += f' = {f.default!r}'
        parts.append(text)
    return '(' + ', '.join(parts) + ')'


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    if callable(value) and hasattr(value, '__qualname__'):
        value.__qualname__ = f'{cls.__qualname__}.{name}'
    setattr(cls, name, value)
    return False


def _check_default_order(init_fields):
    seen_default = False
    for f in init_fields:
        if not f.init or f.kw_only:
            continue
        if f.default is MISSING and f.default_factory is MISSING:
            if seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
        else:
            seen_default = True


def _make_init(cls, init_fields, frozen):
    positional = [f for f in init_fields if f.init and not f.kw_only]
    keyword_only = [f for f in init_fields if f.init and f.kw_only]
    params = positional + keyword_only
    qualname = f'{cls.__qualname__}.__init__'
    store = object.__setattr__ if frozen else setattr
    required = sum(1 for f in positional if f.default is MISSING and f.default_factory is MISSING)

    def __init__(self, *args, **kwargs):
        if len(args) > len(positional):
            if required == len(positional):
                takes = required + 1
            else:
                takes = f'from {required + 1} to {len(positional) + 1}'
            raise TypeError(f'{qualname}() takes {takes} positional arguments but {len(args) + 1} were given')
        values = {}
        for f, value in zip(positional, args):
            values[f.name] = value
        for name, value in kwargs.items():
            f = next((p for p in params if p.name == name), None)
            if f is None:
                raise TypeError(f"{qualname}() got an unexpected keyword argument '{name}'")
            if name in values:
                raise TypeError(f"{qualname}() got multiple values for argument '{name}'")
            values[name] = value
        missing = [f.name for f in positional
                   if f.name not in values and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            _raise_missing(qualname, missing, 'positional')
        missing = [f.name for f in keyword_only
                   if f.name not in values and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            _raise_missing(qualname, missing, 'keyword-only')
        init_vars = []
        for f in init_fields:
            if f.init and f.name in values:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.default is not MISSING:
                value = f.default
            else:
                continue
            if f._field_type is _FIELD_INITVAR:
                init_vars.append(value)
            else:
                store(self, f.name, value)
        post_init = getattr(self, '__post_init__', None)
        if post_init is not None:
            post_init(*init_vars)

    return __init__


def _raise_missing(qualname, missing, kind):
    if len(missing) == 1:
        raise TypeError(f"{qualname}() missing 1 required {kind} argument: '{missing[0]}'")
    names = ', '.join(repr(n) for n in missing[:-1]) + f' and {missing[-1]!r}'
    raise TypeError(f'{qualname}() missing {len(missing)} required {kind} arguments: {names}')


_repr_running = set()


def _make_repr(repr_fields):
    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            body = ', '.join(f'{f.name}={getattr(self, f.name)!r}' for f in repr_fields)
        finally:
            _repr_running.discard(key)
        return f'{self.__class__.__qualname__}({body})'
    return __repr__


def _fields_tuple(obj, compared):
    return tuple(getattr(obj, f.name) for f in compared)


def _make_eq(compared):
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return _fields_tuple(self, compared) == _fields_tuple(other, compared)
        return NotImplemented
    return __eq__


def _lt(a, b): return a < b
def _le(a, b): return a <= b
def _gt(a, b): return a > b
def _ge(a, b): return a >= b


def _make_order(name, op, compared):
    def compare(self, other):
        if other.__class__ is self.__class__:
            return op(_fields_tuple(self, compared), _fields_tuple(other, compared))
        return NotImplemented
    compare.__name__ = name
    return compare


def _make_hash(hash_fields):
    def __hash__(self):
        return hash(_fields_tuple(self, hash_fields))
    return __hash__


def _frozen_setattr(cls, fields):
    def __setattr__(self, name, value):
        if type(self) is cls or name in fields:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)
    return __setattr__


def _frozen_delattr(cls, fields):
    def __delattr__(self, name):
        if type(self) is cls or name in fields:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)
    return __delattr__


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert_inner(obj, lambda o, inner: dict_factory([(f.name, inner(getattr(o, f.name))) for f in fields(o)]))


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert_inner(obj, lambda o, inner: tuple_factory([inner(getattr(o, f.name)) for f in fields(o)]))


def _convert_inner(obj, convert_dataclass):
    """asdict/astuple: dataclass instances become what convert_dataclass makes; named
    tuples, lists, tuples and dicts are rebuilt around converted items."""
    def inner(value):
        return _convert_inner(value, convert_dataclass)
    if _is_dataclass_instance(obj):
        return convert_dataclass(obj, inner)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[inner(v) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(inner(v) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((inner(k), inner(v)) for k, v in obj.items())
    return obj


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **options):
    namespace = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            namespace[name] = spec
        annotations[name] = tp
    namespace['__annotations__'] = annotations
    cls = type(cls_name, bases, namespace)
    return dataclass(cls, **options)
