# source: https://docs.python.org/3.11/library/dataclasses.html (InventoryItem, field default_factory, __post_init__, frozen, asdict/astuple); changes: doctest prompts removed; each value the session echoes is printed with print(repr(...))
from dataclasses import dataclass, field, asdict, astuple, FrozenInstanceError

@dataclass
class InventoryItem:
    """Class for keeping track of an item in inventory."""
    name: str
    unit_price: float
    quantity_on_hand: int = 0

    def total_cost(self) -> float:
        return self.unit_price * self.quantity_on_hand

item = InventoryItem('widget', 3.0, 10)
print(repr(item))
print(repr(item.total_cost()))
print(repr(item == InventoryItem('widget', 3.0, 10)))

@dataclass
class C:
    mylist: list[int] = field(default_factory=list)

c = C()
c.mylist += [1, 2, 3]
print(repr(c))

@dataclass
class Point:
     x: int
     y: int

@dataclass
class D:
     mylist: list[Point]

p = Point(10, 20)
print(repr(asdict(p)))
print(repr(astuple(p)))
d = D([Point(0, 0), Point(10, 4)])
print(repr(asdict(d)))

@dataclass
class E:
    a: float
    b: float
    c: float = field(init=False)

    def __post_init__(self):
        self.c = self.a + self.b

print(repr(E(1.5, 2.0)))

@dataclass(frozen=True)
class F:
    x: int

f = F(1)
try:
    f.x = 2
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e)

@dataclass(order=True)
class Version:
    major: int
    minor: int

print(repr(sorted([Version(1, 2), Version(0, 9), Version(1, 0)])))
