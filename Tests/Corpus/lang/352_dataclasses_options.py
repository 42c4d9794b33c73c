# dataclasses: order, frozen, field options, inheritance, replace, asdict on nesting
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, make_dataclass, MISSING
from typing import List, Dict, Optional

@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    tags: List[str] = field(default_factory=list, repr=False)
tasks = [Task(3, 'write'), Task(1, 'plan'), Task(2, 'code')]
print(sorted(tasks), min(tasks).name, Task(1, 'a') == Task(1, 'b'))

@dataclass(frozen=True)
class Point:
    x: float
    y: float
    def distance(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3, 4)
print(p, p.distance(), {p: 'origin-ish'}[Point(3, 4)], replace(p, x=0))
try:
    p.x = 10
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del p.y
except FrozenInstanceError as e:
    print(type(e).__name__, e)

@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: List[float] = field(default_factory=list)
    _secret: str = field(default='x', repr=False, compare=False)
    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)
        return self
acct = Account('ann').deposit(10).deposit(5.5)
print(acct, asdict(acct), astuple(acct))
print([(f.name, f.type, f.default is MISSING) for f in fields(Account)])

@dataclass
class Employee:
    name: str
    manager: Optional['Employee'] = None
    reports: Dict[str, int] = field(default_factory=dict)
boss = Employee('boss')
e = Employee('e', boss, {'q1': 3})
print(e, asdict(e))

@dataclass
class Animal:
    name: str
    sound: str = '...'
    def speak(self):
        return f'{self.name} says {self.sound}'
@dataclass
class Dog(Animal):
    sound: str = 'woof'
    tricks: int = 0
print(Dog('rex'), Dog('rex').speak(), Dog('a', 'b', 2), [f.name for f in fields(Dog)])

@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: int = field(hash=False, default=0)
print(hash(Key(1, 2)) == hash(Key(1, 3)), Key(1) == Key(1, 0))

@dataclass(repr=False, eq=False)
class Bare:
    v: int
b1 = Bare(1)
print(b1 == Bare(1), b1.v, 'object at' in repr(b1))

@dataclass
class WithPost:
    width: int
    height: int
    area: int = field(init=False)
    def __post_init__(self):
        self.area = self.width * self.height
print(WithPost(2, 3), replace(WithPost(1, 1), width=5))
try:
    replace(WithPost(1, 1), area=3)
except ValueError as e:
    print("ValueError", e)
try:
    asdict(5)
except TypeError as e:
    print("TypeError", e)
try:
    fields(int)
except TypeError as e:
    print("TypeError", e)

Pos = make_dataclass('Pos', [('x', int), ('y', int, field(default=0))])
print(Pos(1), Pos(1, 2) == Pos(1, 2))

@dataclass
class Inventory:
    items: List[str] = field(default_factory=list)
a, b = Inventory(), Inventory()
a.items.append('x')
print(a, b)
