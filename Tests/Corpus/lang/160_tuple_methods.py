t = (1, 2, 2, 3, 2)
print(t.count(2), t.index(3), len(t))
print((1,), (), tuple(), (1, 2) + (3,), (0,) * 3)
single = ("only",)
not_tuple = ("only")
print(type(single).__name__, type(not_tuple).__name__)
nested = ((1, 2), (3, 4))
print(nested[1][0], [a + b for a, b in nested])
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), hash(1), hash(0), hash(-1), hash(True))
print(sorted(t), tuple(sorted(t, reverse=True)), min(t), max(t), sum(t))
