import math
tests = [
    lambda: int("abc"),
    lambda: float("x1"),
    lambda: [1, 2].remove(3),
    lambda: [1, 2].index(3),
    lambda: "abc".index("z"),
    lambda: math.sqrt(-1),
    lambda: math.log(0),
    lambda: "a,b".split(""),
    lambda: range(1, 2, 0),
    lambda: chr(-1),
    lambda: max([]),
]
for t in tests:
    try:
        t()
    except ValueError as e:
        print("ValueError:", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    x, = []
except ValueError as e:
    print("ValueError:", e)
