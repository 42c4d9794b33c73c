# Or-patterns, as-patterns, guards and their evaluation order.


def log(msg, value=True):
    print("  guard:", msg)
    return value


def classify(v):
    match v:
        case 0 | 1 | 2 as small:
            return f"small {small}"
        case [1, x] | [x, 1] | (x, 2):
            return f"pair with x={x}"
        case (3 | 4) as three_or_four:
            return f"three or four: {three_or_four}"
        case [(1 | 2) as a, (3 | 4) as b]:
            return f"nested or: {a},{b}"
        case str() as s if log(f"checking {s!r}", s.isdigit()):
            return f"digits {s}"
        case str(s) if log("second str guard"):
            return f"other string {s}"
        case {"id": int() as ident} | {"ident": int() as ident}:
            return f"id {ident}"
        case x if log(f"final guard for {x!r}", x is not None):
            return f"anything {x!r}"
        case _:
            return "None"


for v in [0, 2, [1, 5], [5, 1], (7, 2), 4, [2, 3], "123", "abc", {"id": 9}, {"ident": 8}, 5.5, None]:
    print(repr(v), "->", classify(v))

# The guard sees names bound by the pattern; a failing guard moves on to the next case.
for point in [(0, 5), (5, 5), (1, 2)]:
    match point:
        case (x, y) if x == 0:
            print(point, "x is zero, y =", y)
        case (x, y) if x == y:
            print(point, "diagonal")
        case (x, y):
            print(point, "plain", x, y)

# Walrus in a guard.
match [3, 4]:
    case [a, b] if (total := a + b) > 5:
        print("total", total)

# An exception in a guard propagates.
try:
    match 1:
        case 1 if 1 / 0:
            pass
except ZeroDivisionError as e:
    print("guard raised:", e)

# Inside a loop, break and continue in case bodies.
for item in [1, "skip", 2, "stop", 3]:
    match item:
        case "skip":
            continue
        case "stop":
            break
        case n:
            print("item", n)


def first_even(numbers):
    for n in numbers:
        match n % 2:
            case 0:
                return n
    return None


print("first even:", first_even([3, 5, 8, 9]))
