d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(d.pop("a"), d)
print(d.pop("missing", "fallback"))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
print(d.setdefault("b", 100), d.setdefault("c", 3), d)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
print("a" in d, "b" in d, 2 in d.values())
print(len(d))
