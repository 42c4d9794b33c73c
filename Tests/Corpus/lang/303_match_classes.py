# Class patterns: __match_args__, keywords, builtin classes, dataclass-style classes, errors.


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius

    @property
    def area(self):
        return 3 * self.radius * self.radius


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"on the diagonal at {x}"
        case Point():
            return "somewhere else"
        case Circle(Point(x, y), radius=r, area=a):
            return f"circle at {x},{y} r={r} area={a}"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7), Point3(0, 0, 0), Point3(0, 1, 2),
          Circle(Point(1, 1), 2), "point"]:
    print(where(p))


def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0) | float(0.0):
            return "zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int():
            return "int"
        case float(f):
            return f"float {f}"
        case str(s) if not s:
            return "empty str"
        case str(s):
            return f"str of {len(s)}"
        case list([first, *_]):
            return f"list starting with {first}"
        case dict({"k": k}):
            return f"dict with k={k}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case set() | frozenset():
            return "a set"
        case bytes(data):
            return f"bytes {data!r}"
        case _:
            return "other"


for v in [True, 0, 0.0, -3, 12, 2.5, "", "hey", [9, 8], {"k": 1}, (1, 2), {1}, frozenset(), b"x", None]:
    print(repr(v), "->", kind(v))


class Missing:
    __match_args__ = ("present", "absent")

    def __init__(self):
        self.present = 1


match Missing():
    case Missing(1, 2):
        print("matched absent attribute")
    case Missing(present=p):
        print("a missing attribute fails the case; present =", p)


class Strict:
    pass


class WrongArgs:
    __match_args__ = ["a"]



def attempt(label, subject, fn):
    try:
        fn(subject)
    except TypeError as e:
        print(label, "TypeError:", e)


def too_many(s):
    match s:
        case Point(1, 2, 3):
            pass


def no_match_args(s):
    match s:
        case Strict(1):
            pass


def not_a_class(s):
    match s:
        case len():
            pass


def list_match_args(s):
    match s:
        case WrongArgs(1):
            pass


def repeated(s):
    match s:
        case Point(1, x=1):
            pass


def builtin_two(s):
    match s:
        case int(1, 2):
            pass


attempt("too many", Point(1, 2), too_many)
attempt("no __match_args__", Strict(), no_match_args)
attempt("not a class", 3, not_a_class)
attempt("list __match_args__", WrongArgs(), list_match_args)
attempt("repeated", Point(1, 2), repeated)
attempt("builtin", 1, builtin_two)
attempt("no error when the instance check fails", "x", too_many)
print("done")
