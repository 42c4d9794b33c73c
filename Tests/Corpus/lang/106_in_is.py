print(3 in [1, 2, 3], 4 not in (1, 2), "a" in "cat", "k" in {"k": 1})
print([1] in [[1], [2]], (1, 2) in {(1, 2): "x"})
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None) is type(None))
x = None
if x is None:
    print("x is None")
print(True is True, not True is False)
empty = []
print(empty == [], len(empty) == 0)
print(1 == 1.0, 1 in [1.0], "1" in ["1"])
