d = {"x": 1}
d.update({"y": 2, "x": 10})
d.update(z=3)
d.update([("w", 4)])
print(d)
c = d.copy()
c["x"] = -1
print(d["x"], c["x"])
print(d.popitem(), d)
print(dict.fromkeys(["a", "b"]), dict.fromkeys("xy", 0))
shared = dict.fromkeys([1, 2], [])
shared[1].append("same list")
print(shared)
d.clear()
print(d, len(d))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
m = {"a": 1} | {"b": 2}
print(m)
del m["a"]
print(m)
nested = {"outer": {"inner": 1}}
cp = nested.copy()
cp["outer"]["inner"] = 99
print(nested)
