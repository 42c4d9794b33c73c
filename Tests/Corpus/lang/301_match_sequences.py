# Sequence patterns: lists, tuples, star captures, nesting; str and bytes are not sequences here.
from collections import deque


def describe(command):
    match command.split():
        case []:
            return "empty"
        case ["go", direction]:
            return f"going {direction}"
        case ["drop", *objects]:
            return f"dropping {objects}"
        case ["pick", "up", obj] | ["pick", obj, "up"]:
            return f"picking up {obj}"
        case [first, *_, last]:
            return f"first={first} last={last}"
        case [single]:
            return f"single word {single}"


for c in ["", "go north", "drop sword shield lamp", "drop", "pick up key", "pick key up", "a b c d", "look"]:
    print(repr(c), "->", describe(c))


def shape(value):
    match value:
        case (x, y):
            return f"pair {x},{y}"
        case [x, y, z]:
            return f"triple {x},{y},{z}"
        case [[a, b], [c, d]]:
            return f"matrix {a}{b}{c}{d}"
        case (head, *tail) if len(tail) > 2:
            return f"long: head {head}, {len(tail)} more"
        case [*everything]:
            return f"any sequence {everything}"
        case str() | bytes():
            return "text, not a sequence pattern"
        case _:
            return "something else"


for v in [(1, 2), [3, 4], [1, 2, 3], ([1, 2], [3, 4]), (1, 2, 3, 4, 5), [], range(3), deque([7]),
          "ab", b"xy", {1: 2}, 7]:
    print(repr(v), "->", shape(v))

# Star in the middle; tuples and lists match the same way.
match [1, 2, 3, 4, 5]:
    case (1, *middle, 5):
        print("middle", middle)

match (1, 2):
    case [a, b, *rest]:
        print("rest is a list:", rest, type(rest).__name__)

# A generator is not a sequence.
match (x for x in range(2)):
    case [a, b]:
        print("matched generator")
    case _:
        print("generator is not a sequence")


class MyList(list):
    pass


match MyList([1, 2]):
    case [a, b]:
        print("list subclass", a, b)

# Open sequence pattern at top level.
match 1, 2, 3:
    case 1, *others:
        print("others", others)
