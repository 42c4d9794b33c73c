class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __str__(self):
        return f"({self.x}, {self.y})"

p = Point(1, 2)
print(p)
print(repr(p))
print([p, Point(3, 4)])
print(str(p), f"{p}", f"{p!r}")
print({"origin": Point(0, 0)})
print((p,))

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr<>"
print(OnlyRepr(), str(OnlyRepr()))

class OnlyStr:
    def __str__(self):
        return "only str"
print(OnlyStr())
