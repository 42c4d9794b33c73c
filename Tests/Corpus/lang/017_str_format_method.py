print("{} {}".format("a", "b"))
print("{1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Bo", age=5))
print("{0[1]} {0[0]}".format(["first", "second"]))
print("{d[key]}".format(d={"key": "dict value"}))
class Pt:
    def __init__(self):
        self.x = 3
        self.y = 4
print("({p.x}, {p.y})".format(p=Pt()))
print("{{}} {}".format("braces"))
print("{:>8.3f}|{:<6}|{:^5}|".format(2.5, "ab", "c"))
print("{0!r} {0!s}".format("s"))
print("{:,}".format(10 ** 9))
fmt = "{:03d}-{:03d}"
print(fmt.format(7, 42))
print("{0:{1}}|".format("w", 5))
print("{} {}".format(*[1, 2]), "{a}{b}".format(**{"a": 1, "b": 2}))
