# typing: the reprs of common aliases, TypedDict, TypeVar, Generic, NamedTuple, Protocol, cast, get_type_hints
from typing import *
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='x', year=1); print(type(m), m, sorted(Movie.__required_keys__))
T = TypeVar('T'); print(T, TypeVar('U', bound=int), TypeVar('V', covariant=True))
print(List, List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, str, None], Callable[[int, str], bool], Callable[..., int], Tuple[int, ...], Tuple[()], Any, Type[int], Iterable[int], Awaitable[int], Coroutine[Any, Any, int], ClassVar[int], Literal['a', 1], Final[int], Set[int], FrozenSet[str], Sequence[int], Mapping[str, int], Iterator[int], Generator[int, None, None])
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
    def get(self) -> T: return self.v
print(Box[int], Box, Box(1).v, Box.__mro__, Box.__orig_bases__, Box[str]('s').get())
class Emp(NamedTuple):
    name: str
    id: int = 3
    def greet(self): return 'hi ' + self.name
print(Emp('a'), Emp('b', 2).greet(), Emp._fields, Emp.__mro__, Emp._field_defaults)
E2 = NamedTuple('E2', [('a', int), ('b', str)]); print(E2(1, 'x'))
print(cast(int, 'x'), get_type_hints(Emp), Optional[List[int]], Union[int], Union[int, int], Union[Union[int, str], float])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]))
UserId = NewType('UserId', int); print(UserId(5), UserId)
class P(Protocol):
    def m(self) -> int: ...
class Impl(P):
    def m(self): return 3
print(P, Dict, Deque[int], DefaultDict[str, int], Counter[str], Text, AnyStr, NoReturn, Callable, Hashable, Sized, Impl().m())
print(Protocol, Generic, Optional[int] == Union[int, None])
try:
    P()
except TypeError as e:
    print(e)
def greet(name: str, times: Optional[int] = None) -> List[str]:
    return [name] * (times or 1)
print(greet('a', 2), greet.__annotations__)
async def fetch(x: int) -> Awaitable[int]: return x
Handler = Callable[[str], Awaitable[None]]
print(Handler)
x: Dict[str, int] = {}
print(__annotations__)
try:
    List[int]([1, 2])
except TypeError as e:
    print(e)
