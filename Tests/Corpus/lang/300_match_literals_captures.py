# match statements: literal, singleton, capture, wildcard and value patterns.
import math


class Color:
    RED = "red"
    GREEN = "green"


class Limits:
    class Inner:
        ZERO = 0


def http_status(status):
    match status:
        case 200:
            return "OK"
        case 301 | 302:
            return "Redirect"
        case 404:
            return "Not Found"
        case -1:
            return "negative one"
        case 1.5:
            return "one and a half"
        case "teapot":
            return "I'm a teapot"
        case b"raw":
            return "bytes"
        case Limits.Inner.ZERO:
            return "zero via dotted name"
        case _:
            return "Unknown"


for s in [200, 302, 404, -1, 1.5, "teapot", b"raw", 0, 0.0, 999, "200"]:
    print(repr(s), "->", http_status(s))


def singleton(x):
    match x:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case other:
            return f"other {other!r}"


for x in [None, True, False, 1, 0, 1.0, "", []]:
    print(repr(x), "->", singleton(x))


def color(c):
    match c:
        case Color.RED:
            print("stop")
        case Color.GREEN:
            print("go")
        case unknown:
            print("unknown colour", unknown)


color("red")
color("green")
color("blue")

# The subject is evaluated once; captures stay bound after the statement.
calls = 0


def subject():
    global calls
    calls += 1
    return 42


match subject():
    case 1:
        pass
    case 2:
        pass
    case n:
        print("captured", n, "calls", calls)
print("n after match:", n)

# match and case remain ordinary names.
match = [1, 2]
case = 3
_ = "underscore"
print(match, case, _)
match[0] = 10
print(match)


def match_fn(*args):
    return sum(args)


print(match_fn(1, 2, 3))
match (0):
    case 0:
        print("parenthesized subject")

# A tuple subject without parentheses.
match 1, 2:
    case (1, 2):
        print("tuple subject")

# Floats compare with ==, NaN never matches itself.
match math.nan:
    case math.nan:
        print("nan matched")
    case _:
        print("nan did not match")

# No case matches: nothing happens.
match 5:
    case 1:
        print("one")
print("done")
