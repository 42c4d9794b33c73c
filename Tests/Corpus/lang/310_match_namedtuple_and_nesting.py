# Pattern matching on namedtuples, linked structures, nested data, and bool/int/float equality.
import collections
Point = collections.namedtuple("Point", "x y")
match Point(1, 2):
    case Point(x=1, y=y):
        print("namedtuple kw", y)
match Point(1, 2):
    case (a, b):
        print("namedtuple as sequence", a, b)
match Point(3, 4):
    case Point(a, b):
        print("namedtuple positional", a, b)
class Node:
    __match_args__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value, self.next = value, next
def walk(n):
    match n:
        case None:
            return []
        case Node(v, rest):
            return [v] + walk(rest)
print(walk(Node(1, Node(2, Node(3)))))
match {"a": [1, {"b": (2, 3)}]}:
    case {"a": [1, {"b": (x, *_)}]}:
        print("deep", x)
match 0:
    case False:
        print("0 is False?")
    case 0:
        print("0 is 0")
match 1.0:
    case True:
        print("1.0 is True?")
    case 1:
        print("1.0 == 1")
match "x":
    case "x" | "y" as c if c == "y":
        print("y")
    case str(c) if len(c) == 1:
        print("one char", c)
