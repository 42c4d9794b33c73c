first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
p, *q = [1]
print(p, q)
head, *tail = (9, 8)
print(head, tail)
print(*[1, 2], *[3, 4])
merged = [*range(3), *"ab"]
print(merged)
t = (*[1, 2], 3)
print(t)
d1 = {"a": 1}
d2 = {**d1, "b": 2, **{"a": 3}}
print(d2)
(x, *y), w = [1, 2, 3], 4
print(x, y, w)
def f(*args):
    return args
print(f(*"hi", *[0]))
