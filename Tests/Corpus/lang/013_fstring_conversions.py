s = "text"
n = 7
print(f"{s!r} {s!s} {s}")
print(f"{n!r} {3.5!r}")
print(f"{s=}")
print(f"{n=}")
print(f"{n + 1=}")
print(f"{s = }")
print(f"{n=:5d}|")
print(f"{3.14159=:.2f}")
print(f"{s=!s}")
print(f"{[1, 'a']!r}")
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "a P"
p = P()
print(f"{p} {p!r} {p!s} {p=}")
