# enum: IntEnum, StrEnum, (str, Enum) mixins, auto, functional API, _missing_, aliases
from enum import Enum, IntEnum, StrEnum, auto, unique

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3
print(Priority.HIGH, repr(Priority.LOW), Priority.LOW < Priority.HIGH, Priority.MEDIUM == 2, Priority(3), Priority['LOW'])
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), max(Priority), Priority.HIGH + 10, Priority.HIGH * 2, 5 - Priority.LOW)
print(f"{Priority.MEDIUM}", f"{Priority.HIGH:>4}", str(Priority.LOW), int(Priority.HIGH), ['a', 'b', 'c', 'd'][Priority.HIGH])
print({Priority.LOW: 'low'}[Priority.LOW], Priority.HIGH in [3], list(range(Priority.MEDIUM)), hash(Priority.LOW) == hash(1))
class Status(StrEnum):
    ACTIVE = auto()
    INACTIVE = auto()
    PENDING = 'waiting'
print(Status.ACTIVE, repr(Status.PENDING), Status.ACTIVE == 'active', Status('waiting'), Status.INACTIVE.upper(), list(Status))
print(f"state={Status.ACTIVE}", Status.ACTIVE + "!", isinstance(Status.ACTIVE, str), len(Status.PENDING))
class Color(str, Enum):
    RED = 'r'
    GREEN = 'g'
print(Color.RED, repr(Color.GREEN), Color('g'), Color.RED == 'r', Color.RED.value, f"{Color.RED}", Color.RED.upper())
class Direction(Enum):
    NORTH = auto()
    EAST = auto()
    SOUTH = auto()
    WEST = auto()
    def turn_right(self):
        members = list(Direction)
        return members[(members.index(self) + 1) % len(members)]
    @property
    def is_vertical(self):
        return self in (Direction.NORTH, Direction.SOUTH)
print(Direction.WEST.turn_right(), Direction.NORTH.is_vertical, [d.value for d in Direction])
class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title()
    FIRST = auto()
    SECOND = auto()
print(list(Ordinal), Ordinal.FIRST.value)
Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(list(Animal), Animal.CAT.value, Animal(2), Animal)
Level = IntEnum('Level', [('DEBUG', 10), ('INFO', 20)])
print(Level.INFO, repr(Level.DEBUG), Level.INFO > Level.DEBUG)
Shape = Enum('Shape', {'SQUARE': 4, 'TRIANGLE': 3})
print(Shape.SQUARE.value, list(Shape))
class Code(Enum):
    OK = 200
    SUCCESS = 200
    NOT_FOUND = 404
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.isdigit():
            return cls(int(value))
        return None
print(Code.SUCCESS, Code.SUCCESS is Code.OK, list(Code), list(Code.__members__), Code('404'))
try:
    Code(500)
except ValueError as e:
    print("ValueError", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 2
        C = 1
except ValueError as e:
    print("ValueError", e)
try:
    class Again(Enum):
        X = 1
        X = 2
except TypeError as e:
    print("TypeError", e)
try:
    class More(Direction):
        UP = 5
except TypeError as e:
    print("TypeError", e)
class Base(Enum):
    def describe(self):
        return f"{self.name.lower()}={self.value}"
class Fruit(Base):
    APPLE = 1
print(Fruit.APPLE.describe(), Fruit.APPLE.__class__.__mro__[1].__name__)
print(Priority.__members__, Status.__members__.keys())
