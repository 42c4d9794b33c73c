values = [1, 1.0, "s", [1], (1,), {1: 1}, {1}, None, True, range(1), len, lambda: 0]
for v in values:
    print(type(v).__name__)
print(isinstance(1, int), isinstance(True, int), isinstance(1, float))
print(isinstance("x", (int, str)), isinstance(None, type(None)))
print(type(1) is int, type(True) is bool, type(True) == int)
class Base: pass
class Child(Base): pass
c = Child()
print(isinstance(c, Base), type(c) is Base, type(c).__name__)
print(issubclass(bool, int), issubclass(int, object))
def f(): pass
print(type(f).__name__, type(Child).__name__, type(type).__name__)
