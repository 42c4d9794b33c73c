# source: https://docs.python.org/3.11/library/enum.html and https://docs.python.org/3.11/howto/enum.html (Color, Weekday Flag, auto, IntEnum); changes: doctest prompts removed; each value the session echoes is printed with print(repr(...))
from enum import Enum, IntEnum, Flag, auto

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(repr(Color.RED))
print(Color.RED)
print(repr(Color.RED.name), repr(Color.RED.value))
print(repr(Color(1)))
print(repr(Color['GREEN']))
print(repr(list(Color)))
print(repr(Color.RED is Color.RED), repr(Color.RED == 1))
print(repr(len(Color)))

class Weekday(Flag):
    MONDAY = 1
    TUESDAY = 2
    WEDNESDAY = 4
    THURSDAY = 8
    FRIDAY = 16
    SATURDAY = 32
    SUNDAY = 64

first_week_day = Weekday.MONDAY
print(repr(first_week_day))
chores_for_ethan = Weekday.MONDAY | Weekday.WEDNESDAY | Weekday.FRIDAY
print(repr(chores_for_ethan))
for day in chores_for_ethan:
    print(day)
print(repr(Weekday.FRIDAY in chores_for_ethan))

class Ordinal(Enum):
    NORTH = auto()
    SOUTH = auto()
    EAST = auto()
    WEST = auto()

print(repr([member.value for member in Ordinal]))

class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2

print(repr(Shape.CIRCLE == 1), repr(Shape.SQUARE + 1), repr(sorted([Shape.SQUARE, 0, Shape.CIRCLE])))
