"""enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique with CPython 3.11's reprs and
errors. The metaclass EnumType turns a class body's plain values into members.

loopscope's ints are not objects that can carry attributes, so IntEnum and IntFlag members
are not int instances: they behave as their value in arithmetic, comparison, hashing,
formatting and indexing (isinstance(member, int) is False). StrEnum and `(str, Enum)`
members are real str instances, as in CPython."""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique', 'property', 'verify', 'member', 'nonmember', 'global_enum',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'EnumCheck', 'CONTINUOUS',
           'NAMED_FLAGS', 'UNIQUE']

_builtin_property = property
property = _builtin_property


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=None):
        self._value = value

    def __repr__(self):
        return 'auto(%r)' % (self._value,)


class nonmember:
    def __init__(self, value):
        self.value = value


class member:
    def __init__(self, value):
        self.value = value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_' and name[-2:-1] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name,)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


def _is_descriptor(obj):
    if type(obj).__name__ in ('function', 'builtin_function_or_method'):
        return True
    if isinstance(obj, (_builtin_property, classmethod, staticmethod, type)):
        return True
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _high_bit(value):
    return value.bit_length() - 1


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


class _MembersView:
    """`Color.__members__`: a read-only name -> member mapping (CPython's mappingproxy)."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


class _EnumDict(dict):
    """The class-body namespace of an enum (from EnumType.__prepare__): auto() values are
    resolved as they are assigned, so later lines can use them (WHITE = RED | BLUE)."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key == '_generate_next_value_':
                self._generate_next_value = value.__func__ if isinstance(value, staticmethod) else value
            elif key == '_ignore_':
                self._ignore = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
        elif _is_dunder(key):
            pass
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore or isinstance(value, nonmember) or _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value._value is None:
                    value._value = self._generate_next_value(key, 1, len(self._member_names), self._last_values[:])
                value = value._value
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)


class EnumType(type):
    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            enum_dict._generate_next_value = first_enum._generate_next_value_
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        classdict = dict(classdict)
        member_names = []
        values = {}
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        for key in ignore:
            classdict.pop(key, None)
        classdict.pop('_ignore_', None)
        generate = classdict.get('_generate_next_value_')
        if generate is None and first_enum is not None:
            generate = first_enum._generate_next_value_
        elif isinstance(generate, staticmethod):
            generate = generate.__func__
        last_values = []
        for key, value in list(classdict.items()):
            if _is_dunder(key) or _is_sunder(key) or _is_private(cls, key):
                continue
            if isinstance(value, nonmember):
                classdict[key] = value.value
                continue
            if isinstance(value, member):
                value = value.value
            elif _is_descriptor(value):
                continue
            if key in values:
                raise TypeError('%r already defined as %r' % (key, values[key]))
            if isinstance(value, auto):
                if value._value is None:
                    value = generate(key, 1, len(member_names), last_values[:])
                else:
                    value = value._value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(generate(key, 1, len(member_names), last_values[:]) if isinstance(v, auto) else v
                              for v in value)
            member_names.append(key)
            values[key] = value
            last_values.append(value)
            del classdict[key]

        new_member = classdict.pop('__new__', None)
        if new_member is None and first_enum is not None:
            new_member = getattr(first_enum, '_new_member_', None)
        classdict['_new_member_'] = new_member
        classdict['_member_names_'] = []
        classdict['_member_map_'] = {}
        classdict['_value2member_map_'] = {}
        classdict['_member_type_'] = member_type
        classdict['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
        classdict['_flag_mask_'] = 0
        classdict['_all_bits_'] = 0
        classdict['_inverted_'] = None
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        # The mixed-in data type's repr/str/format must not hide the enum's own.
        if first_enum is not None:
            if ReprEnum is not None and ReprEnum in bases:
                # ReprEnum: str() and format() are the data type's.
                for name in ('__format__', '__str__'):
                    if name not in classdict:
                        classdict[name] = getattr(member_type, name)
                        type.__setattr__(enum_class, name, classdict[name])
            for name in ('__repr__', '__str__', '__format__'):
                if name in classdict:
                    continue
                found = getattr(enum_class, name)
                if found is getattr(member_type, name) or found is getattr(object, name):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))

        for name in member_names:
            enum_class._add_member_(name, values[name])
        if Flag is not None and issubclass(enum_class, Flag):
            mask = 0
            for m in enum_class._member_map_.values():
                mask |= m._value_
            enum_class._flag_mask_ = mask
            enum_class._all_bits_ = 2 ** mask.bit_length() - 1 if mask else 0
        return enum_class

    def _add_member_(cls, name, value):
        args = value if isinstance(value, tuple) else (value,)
        if cls._member_type_ is tuple:
            args = (args,)
        new = cls._new_member_
        if new is not None:
            if isinstance(new, staticmethod):
                new = new.__func__
            enum_member = new(cls, *args)
        elif cls._member_type_ is object or cls._member_type_ is _IntLike:
            enum_member = object.__new__(cls)
        else:
            enum_member = cls._member_type_.__new__(cls, *args)
        if not hasattr(enum_member, '_value_'):
            if cls._member_type_ is object or cls._member_type_ is _IntLike:
                enum_member._value_ = value
            else:
                enum_member._value_ = cls._member_type_(*args)
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = cls
        enum_member._sort_order_ = len(cls._member_names_)
        init = getattr(cls, '__init__', None)
        if init is not None and init is not object.__init__ and init is not Enum.__init__:
            init(enum_member, *args)
        for canonical in cls._member_map_.values():
            if canonical._value_ == value:
                enum_member = canonical  # an alias
                break
        else:
            # Flags iterate over their single-bit members only (not 0, not combinations).
            if not (Flag is not None and issubclass(cls, Flag)) or _is_single_bit(value):
                cls._member_names_.append(name)
        cls._member_map_[name] = enum_member
        try:
            cls._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            pass
        type.__setattr__(cls, name, enum_member)

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases:
            return object, None
        last = bases[-1]
        if not isinstance(last, EnumType):
            raise TypeError('new enumerations should be created as `EnumName([mixin_type, ...] [data_type,] enum_type)`')
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(f'<enum {class_name!r}> cannot extend {base!r}')
        member_type = object
        for chain in bases:
            for base in chain.__mro__:
                if base is object or base is Enum or base is ReprEnum or base is Flag:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        member_type = base._member_type_
                        break
                    continue
                if '__new__' in base.__dict__ or base in (str, tuple, float, _IntLike):
                    member_type = base
                    break
            if member_type is not object:
                break
        return member_type, last

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls._lookup_(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start, boundary=boundary)

    def _lookup_(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is not None:
            raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        bases = (cls,) if type is None else (type, cls)
        classdict = {'__module__': module or '__main__', '__qualname__': qualname or class_name}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = names.items()
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        return EnumType(class_name, bases, classdict, boundary=boundary)

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __bool__(cls):
        return True

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return '<flag %r>' % (cls.__name__,)
        return '<enum %r>' % (cls.__name__,)

    @_builtin_property
    def __members__(cls):
        return _MembersView(dict(cls._member_map_))

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)


EnumMeta = EnumType
Flag = None
ReprEnum = None


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last_value = sorted(last_values).pop()
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None
        try:
            return last_value + 1
        except TypeError:
            raise TypeError('unable to increment %r' % (last_value,)) from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    @_builtin_property
    def name(self):
        return self._name_

    @_builtin_property
    def value(self):
        return self._value_

    _value_repr_ = None


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


def _int_value(obj):
    return obj._value_ if isinstance(obj, _IntLike) else obj


class _IntLike:
    """What an int mixin gives IntEnum/IntFlag members: the int behaviour of their value."""

    def __int__(self): return self._value_
    def __index__(self): return self._value_
    def __float__(self): return float(self._value_)
    def __bool__(self): return bool(self._value_)
    def __hash__(self): return hash(self._value_)
    def __eq__(self, other): return self._value_ == _int_value(other)
    def __ne__(self, other): return self._value_ != _int_value(other)
    def __lt__(self, other): return self._value_ < _int_value(other)
    def __le__(self, other): return self._value_ <= _int_value(other)
    def __gt__(self, other): return self._value_ > _int_value(other)
    def __ge__(self, other): return self._value_ >= _int_value(other)
    def __add__(self, other): return self._value_ + _int_value(other)
    def __radd__(self, other): return _int_value(other) + self._value_
    def __sub__(self, other): return self._value_ - _int_value(other)
    def __rsub__(self, other): return _int_value(other) - self._value_
    def __mul__(self, other): return self._value_ * _int_value(other)
    def __rmul__(self, other): return _int_value(other) * self._value_
    def __truediv__(self, other): return self._value_ / _int_value(other)
    def __rtruediv__(self, other): return _int_value(other) / self._value_
    def __floordiv__(self, other): return self._value_ // _int_value(other)
    def __rfloordiv__(self, other): return _int_value(other) // self._value_
    def __mod__(self, other): return self._value_ % _int_value(other)
    def __rmod__(self, other): return _int_value(other) % self._value_
    def __pow__(self, other): return self._value_ ** _int_value(other)
    def __rpow__(self, other): return _int_value(other) ** self._value_
    def __lshift__(self, other): return self._value_ << _int_value(other)
    def __rshift__(self, other): return self._value_ >> _int_value(other)
    def __neg__(self): return -self._value_
    def __pos__(self): return +self._value_
    def __abs__(self): return abs(self._value_)
    def __round__(self, ndigits=None): return round(self._value_, ndigits)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __str__(self):
        return repr(self._value_)

    def bit_length(self):
        return self._value_.bit_length()

    @_builtin_property
    def real(self):
        return self._value_

    @_builtin_property
    def numerator(self):
        return self._value_

    @_builtin_property
    def denominator(self):
        return 1


class IntEnum(_IntLike, ReprEnum):
    """Enum where members are also (and must be) ints."""

    def __and__(self, other): return self._value_ & _int_value(other)
    def __rand__(self, other): return _int_value(other) & self._value_
    def __or__(self, other): return self._value_ | _int_value(other)
    def __ror__(self, other): return _int_value(other) | self._value_
    def __xor__(self, other): return self._value_ ^ _int_value(other)
    def __rxor__(self, other): return _int_value(other) ^ self._value_
    def __invert__(self): return ~self._value_


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return self._value_

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(Enum):
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary.STRICT, FlagBoundary.CONFORM, FlagBoundary.EJECT, FlagBoundary.KEEP


class Flag(Enum):
    """Support for flags: members combine with |, & and ^ and can be tested with `in`."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        return 2 ** (_high_bit(last_value) + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        neg_value = None
        if value < 0:
            neg_value = value
            value = cls._all_bits_ + 1 + value
        unknown = value & ~flag_mask
        if unknown and cls._boundary_ is not KEEP and not issubclass(cls, _IntLike):
            raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                             % (cls, value, bin(value), bin(flag_mask)))
        pseudo_member = object.__new__(cls)
        pseudo_member._value_ = value
        names = [cls._member_map_[n]._name_ for n in cls._member_names_
                 if cls._member_map_[n]._value_ & value == cls._member_map_[n]._value_]
        if not names:
            pseudo_member._name_ = None
        else:
            if unknown and issubclass(cls, _IntLike):
                names.append(repr(unknown))
            pseudo_member._name_ = '|'.join(names)
        pseudo_member.__objclass__ = cls
        cls._value2member_map_.setdefault(value, pseudo_member)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def _get_value(self, flag):
        if isinstance(flag, self.__class__):
            return flag._value_
        if isinstance(self, _IntLike) and isinstance(flag, int):
            return flag
        return NotImplemented

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for m in self.__class__:
            if m._value_ & self._value_ == m._value_ and m._value_:
                yield m

    def __len__(self):
        return sum(1 for _ in self)

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, v_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __hash__(self):
        return hash(self._value_)

    def __or__(self, other):
        value = self._get_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._get_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._get_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ value)

    def __invert__(self):
        return self.__class__(self._flag_mask_ & ~self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(_IntLike, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags."""

    def __str__(self):
        return repr(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __eq__(self, other): return self._value_ == _int_value(other)
    def __hash__(self): return hash(self._value_)

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__
    __contains__ = Flag.__contains__
    __iter__ = Flag.__iter__
    __len__ = Flag.__len__
    __repr__ = Flag.__repr__
    __bool__ = Flag.__bool__


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(['%s -> %s' % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


class EnumCheck(StrEnum):
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck.CONTINUOUS, EnumCheck.NAMED_FLAGS, EnumCheck.UNIQUE


class verify:
    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        if UNIQUE in self.checks:
            unique(enumeration)
        return enumeration


def global_enum(cls):
    return cls
