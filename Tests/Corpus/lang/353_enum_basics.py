# enum: Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique, lookups, reprs, errors, functional API
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED), Color)
print(list(Color), len(Color), Color(2), Color['BLUE'], Color.RED in Color, Color.RED is Color(1))
print(Color.RED == Color.RED, Color.RED == 1, isinstance(Color.GREEN, Color), f"{Color.RED}", hash(Color.RED) == hash(Color.RED))
for c in Color:
    print(c.name, c.value)
print(Color.__members__)
print({c: c.value for c in Color})
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    Color['PINK']
except KeyError as e:
    print("KeyError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError", e)
class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    ALIAS = 1
    def describe(self):
        return f"{self.name} shape"
    @classmethod
    def default(cls):
        return cls.SQUARE
print(list(Shape), Shape.ALIAS, Shape.SQUARE.describe(), Shape.default(), Shape.__members__['ALIAS'])
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO * 3, Num.ONE == 1, Num.ONE < Num.TWO, sorted([Num.TWO, Num.ONE]), [10, 20, 30][Num.TWO], f"{Num.TWO:03d}", Num(2), int(Num.TWO))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), bool(Perm(0)), repr(Perm(0)), ~Perm.R, list(Perm), Perm)
class Color2(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(list(Color2), Color2.WHITE, repr(Color2.RED | Color2.BLUE), Color2.WHITE.value, Color2(3))
class P2(IntFlag):
    R = 4
    W = 2
    X = 1
print(P2.R | P2.W, repr(P2.R | P2.W), P2.R + 1, P2.R | 8, repr(P2(7)), P2.R == 4)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.67300E-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2), repr(Planet.MERCURY))
class Http(StrEnum):
    OK = auto()
    NOT_FOUND = 'not found'
print(Http.OK, repr(Http.OK), Http.OK == 'ok', Http.OK.upper(), f"{Http.NOT_FOUND}", isinstance(Http.OK, str))
class Mood(str, Enum):
    HAPPY = 'happy'
    SAD = 'sad'
print(Mood.HAPPY, repr(Mood.SAD), Mood.HAPPY == 'happy', Mood('sad'))
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal)
class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2
    @classmethod
    def _missing_(cls, value):
        return cls.MONDAY
print(Weekday(99), list(reversed(Weekday)))
print(Color.RED.__class__.__name__, [m.value for m in Color], Color(Color.RED))
