print({x: x * x for x in range(5)})
words = ["one", "three", "five"]
print({w: len(w) for w in words})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
original = {"a": 1, "b": 2}
print({v: k for k, v in original.items()})
print({i % 3: i for i in range(10)})
print({f"key{i}": [i] * i for i in range(1, 4)})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print({k: counts[k] for k in sorted(counts)})
