# functools: partial, reduce, wraps, total_ordering, cached_property, singledispatch,
# cmp_to_key, partialmethod
from functools import (partial, reduce, wraps, total_ordering, cached_property, singledispatch,
                       cmp_to_key, partialmethod, update_wrapper, singledispatchmethod)

p = partial(int, base=2)
print(p('101'), p, p.func, p.args, p.keywords)
power = partial(pow, 2)
print(power(10), list(map(partial(max, 5), [1, 7, 3])))
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 10))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError", e)

def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args)
        return fn(*args, **kwargs)
    return wrapper

@logged
def hello(name):
    "Say hello."
    return "hello " + name
print(hello("bob"), hello.__name__, hello.__doc__, hello.__wrapped__.__name__)

def plain(): pass
def other(): pass
update_wrapper(other, plain)
print(other.__name__)

@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
    def __repr__(self):
        return f"V{self.major}.{self.minor}"
a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, max(a, b), sorted([b, a]))

@total_ordering
class Score:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v
print(Score(1) < Score(2), Score(3) <= Score(3), Score(1) >= Score(2))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError", e)

class Dataset:
    def __init__(self, values):
        self.values = values
    @cached_property
    def total(self):
        print("computing total")
        return sum(self.values)
d = Dataset([1, 2, 3])
print(d.total, d.total, 'total' in vars(d))
del d.total
print(d.total, type(Dataset.total).__name__)

@singledispatch
def describe(arg):
    return f"something: {arg!r}"
@describe.register
def _(arg: int):
    return f"int {arg}"
@describe.register(list)
def _(arg):
    return f"list of {len(arg)}"
@describe.register(float)
@describe.register(complex.__mro__[0] if False else str)
def _(arg):
    return f"text or float {arg}"
print(describe(1), describe([1, 2]), describe("s"), describe(2.5), describe(None), describe(True))
print(describe.dispatch(bool).__name__, sorted(t.__name__ for t in describe.registry))

class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return "default"
    @fmt.register
    def _(self, arg: int):
        return f"int:{arg}"
print(Formatter().fmt(3), Formatter().fmt("x"))

def compare(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(compare)), sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(b) - len(a))))

class Cell:
    def __init__(self): self.alive = False
    def set_state(self, state): self.alive = state
    set_alive = partialmethod(set_state, True)
c = Cell(); c.set_alive(); print(c.alive)
