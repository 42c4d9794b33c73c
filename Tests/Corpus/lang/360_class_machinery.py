# Class machinery behind the library modules: metaclasses, __prepare__, descriptors,
# __set_name__, __init_subclass__, __class_getitem__, __mro_entries__, annotations
class Registry(type):
    classes = []
    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        print("prepare", name, kwargs)
        return {'created_by': mcs.__name__}
    def __new__(mcs, name, bases, namespace, **kwargs):
        cls = super().__new__(mcs, name, bases, namespace)
        mcs.classes.append(name)
        return cls
    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace)
        cls.tag = kwargs.get('tag', 'none')
    def __call__(cls, *args, **kwargs):
        print("making", cls.__name__, args)
        return super().__call__(*args, **kwargs)
    def __iter__(cls):
        return iter(sorted(k for k in vars(cls) if not k.startswith('_')))
    def __len__(cls):
        return len(list(iter(cls)))
    def __repr__(cls):
        return f"<registered {cls.__name__}>"
    def __getitem__(cls, key):
        return getattr(cls, key)

class Plugin(metaclass=Registry, tag='base'):
    alpha = 1
    def __init__(self, x=0):
        self.x = x
class Extra(Plugin, tag='extra'):
    beta = 2
print(Registry.classes, Plugin, Extra, type(Extra).__name__, Plugin.tag, Extra.tag, Plugin.created_by)
p = Extra(5)
print(p.x, list(Extra), len(Plugin), Extra['beta'], isinstance(Extra, Registry), isinstance(p, Plugin))

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = '_' + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
class Item:
    price = Typed(float)
    qty = Typed(int)
    def __init__(self, price, qty):
        self.price = price
        self.qty = qty
it = Item(2.5, 3)
print(it.price * it.qty, type(Item.price).__name__, sorted(vars(it)))
try:
    it.qty = 'many'
except TypeError as e:
    print("TypeError", e)

class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, cls):
        value = self.fn(obj)
        setattr(obj, self.fn.__name__, value)
        return value
class Report:
    @Lazy
    def body(self):
        print("rendering")
        return "text"
r = Report()
print(r.body, r.body)

class Base:
    subclasses = []
    def __init_subclass__(cls, /, prefix='', **kwargs):
        super().__init_subclass__(**kwargs)
        cls.prefix = prefix
        Base.subclasses.append(cls.__name__)
class A(Base, prefix='a-'):
    pass
class B(A):
    pass
print(Base.subclasses, A.prefix, B.prefix)
try:
    class C(object, unknown=1):
        pass
except TypeError as e:
    print("TypeError", e)

class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
print(Box[int], Box[str])

class Marker:
    def __mro_entries__(self, bases):
        return (Base,)
class D(Marker()):
    pass
print(D.__mro__[1].__name__, D.__orig_bases__[0].__class__.__name__)

class Annotated:
    x: int
    y: str = 'y'
    z: 'list[int]' = []
print(Annotated.__annotations__, hasattr(Annotated, 'x'), Annotated.y)
def f(a: int, *args: str, b: float = 1.0, **kw: bool) -> None:
    pass
print(f.__annotations__)
top: int = 5
print(__annotations__, top)
Dyn = type('Dyn', (Base,), {'v': 1, '__module__': 'mod'})
print(Dyn.v, Dyn.__module__, Dyn.prefix, Base.subclasses[-1])
class Tup(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def total(self):
        return sum(self)
t = Tup(1, 2)
print(t, t.total(), type(t).__name__, isinstance(t, tuple), t == (1, 2))
class Name(str):
    def shout(self):
        return self.upper() + '!'
n = Name('hi')
n.extra = 1
print(n, repr(n), n.shout(), n.extra, n == 'hi', f"{n:>4}")
