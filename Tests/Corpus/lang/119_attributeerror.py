import math
class Foo:
    def __init__(self):
        self.x = 1
f = Foo()
tests = [
    lambda: f.y,
    lambda: Foo.z,
    lambda: (5).append,
    lambda: "s".push,
    lambda: [].add,
    lambda: None.value,
    lambda: math.foo,
    lambda: {}.append,
]
for t in tests:
    try:
        t()
    except AttributeError as e:
        print("AttributeError:", e)
try:
    del f.missing
except AttributeError as e:
    print("AttributeError:", e)
print(f.x, getattr(f, "y", "no y"))
