# typing: Generic classes, Protocol, NamedTuple, TypedDict, TypeVar, get_type_hints
from typing import (Generic, TypeVar, Protocol, NamedTuple, TypedDict, Optional, List, Dict,
                    Callable, Iterator, Any, get_type_hints, runtime_checkable, ClassVar, Union)

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def __repr__(self):
        return f"Stack({self.items})"
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), s, Stack[str], Stack.__parameters__, type(s).__name__)

class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V):
        self.key, self.value = key, value
print(Pair[str, int]('a', 1).value, Pair.__parameters__, Pair[str, int])

class Greeter(Protocol):
    def greet(self, name: str) -> str: ...
class English:
    def greet(self, name: str) -> str:
        return f"Hello {name}"
def welcome(g: Greeter, who: str) -> str:
    return g.greet(who)
print(welcome(English(), "ann"))

class Employee(NamedTuple):
    name: str
    dept: str = 'eng'
    level: int = 1
    def promote(self) -> 'Employee':
        return self._replace(level=self.level + 1)
e = Employee('bob')
print(e, e.promote(), e._fields, e._field_defaults, Employee.__annotations__, isinstance(e, tuple))
name, dept, level = e
print(name, dept, level, e[0], len(e))
Coord = NamedTuple('Coord', [('x', float), ('y', float)])
print(Coord(1.5, 2.0), Coord._fields)

class Movie(TypedDict):
    title: str
    year: int
class Extended(Movie, total=False):
    rating: float
m: Movie = {'title': 'Heat', 'year': 1995}
m2 = Movie(title='Up', year=2009)
print(m, m2, type(m2).__name__, sorted(Movie.__required_keys__), sorted(Extended.__optional_keys__), Extended.__total__)

class Config:
    debug: bool = False
    name: str
    retries: ClassVar[int] = 3
print(get_type_hints(Config), Config.__annotations__)
def apply(f: Callable[[int], int], xs: List[int]) -> Optional[List[int]]:
    return [f(x) for x in xs] if xs else None
print(apply(lambda x: x * 2, [1, 2]), apply(abs, []), get_type_hints(apply))
def gen(n: int) -> Iterator[int]:
    yield from range(n)
print(list(gen(3)), gen.__annotations__)
Number = Union[int, float]
def double(x: Number) -> Number:
    return x * 2
print(double(2), double(1.5), Number)
try:
    Generic[int]
except TypeError as e:
    print("TypeError", e)
try:
    Employee('x', 'y', 1, 2)
except TypeError as e:
    print("TypeError", e)
