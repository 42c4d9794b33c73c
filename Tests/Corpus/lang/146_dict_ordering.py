d = {}
d["zebra"] = 1
d["apple"] = 2
d["mango"] = 3
print(d)
d["zebra"] = 10
print(list(d))
del d["zebra"]
d["zebra"] = 100
print(list(d.items()))
d2 = {3: "c", 1: "a", 2: "b"}
print(d2, sorted(d2))
print({**d2, 1: "A"})
merged = {}
for src in [{"x": 1, "y": 2}, {"y": 20, "z": 30}]:
    merged.update(src)
print(merged)
print({1: "int", 1.0: "float", True: "bool"})
keys = [k for k in {"b": 0, "a": 0}]
print(keys)
