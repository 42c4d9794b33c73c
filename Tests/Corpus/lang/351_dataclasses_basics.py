# dataclasses: init, repr, eq, order, frozen, defaults, field(), __post_init__, InitVar, inheritance, asdict/astuple/replace
from dataclasses import dataclass, field, asdict, astuple, fields, replace, FrozenInstanceError, is_dataclass, InitVar
from typing import List, ClassVar
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2); print(p, p == Point(1, 2), p != Point(2, 1), Point(5))
print(asdict(p), astuple(p), [f.name for f in fields(p)], replace(p, y=9), is_dataclass(p), is_dataclass(Point))
@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
    qty: int = field(default=1, repr=False)
inv = Inventory('box'); inv.items.append('a'); print(inv, Inventory('b').items, [f.name for f in fields(Inventory)])
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
print(sorted([Version(1, 2), Version(1, 0), Version(0, 9)]), Version(1) < Version(2))
@dataclass(frozen=True)
class Frozen:
    a: int
    b: str = 'x'
f = Frozen(1)
try:
    f.a = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
print(hash(f) == hash(Frozen(1)), {f, Frozen(1)}, f)
try:
    hash(Point(1))
except TypeError as e:
    print(e)
@dataclass
class C:
    a: float
    b: float
    c: float = field(init=False)
    def __post_init__(self):
        self.c = self.a + self.b
print(C(1, 2))
try:
    Point()
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    Point(1, z=3)
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e:
    print(e)
@dataclass
class Base:
    x: int
    y: int = 1
@dataclass
class Derived(Base):
    z: int = 5
print(Derived(1), Derived(1, 2, 3))
@dataclass
class Nested:
    p: Point
    ps: List[Point]
n = Nested(Point(1), [Point(2, 3)])
print(asdict(n), astuple(n))
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1))
@dataclass
class WithInit:
    v: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.v *= scale
print(WithInit(3), WithInit(3, 10))
@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1))
print(Point.__match_args__, Point.__doc__)
