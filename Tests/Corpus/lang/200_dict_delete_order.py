# dict after many deletions: order, lookups, popitem, reinsertion, iteration errors.
d = {}
for i in range(100):
    d[i * 7 % 101] = i
for k in list(d):
    if k % 3:
        del d[k]
print(len(d), list(d)[:10], list(d.values())[-5:])
d[5] = "new"
d[0] = "zero again"
print(list(d.items())[-3:], 0 in d, 1 in d, d.get(2, "missing"))
print(d.popitem(), d.popitem(), len(d))
for k in list(d)[:20]:
    d.pop(k)
print(d)
e = {"a": 1, "b": 2, "c": 3}
del e["a"]
e["a"] = 4
print(e, list(reversed(e)), list(reversed(e.items())))
try:
    for k in e:
        del e[k]
except RuntimeError as exc:
    print("RuntimeError", exc)
print(e)
f = dict.fromkeys(range(30))
for k in range(0, 30, 2):
    del f[k]
it = iter(f)
print(next(it), next(it))
f[100] = 1
try:
    next(it)
except RuntimeError as exc:
    print("RuntimeError", exc)
g = {str(i): i for i in range(50)}
for i in range(0, 50, 5):
    g.pop(str(i))
while len(g) > 3:
    g.popitem()
print(g, g == {"1": 1, "2": 2, "3": 3})
h = {}
for round_ in range(5):
    for i in range(40):
        h[i] = round_
    for i in range(0, 40, 2):
        del h[i]
print(list(h.items())[:6], len(h))
