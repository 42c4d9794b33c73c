a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
s = {1}
s.add(2)
s.add(2)
print(s)
s.update([3, 4], {5})
print(s)
s.remove(5)
s.discard(42)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1}.issubset({1}), {1, 2}.issuperset({2}))
print({1, 2}.isdisjoint({3}), len(a), 3 in a, 9 not in a)
print(s.pop(), s)
s.clear()
print(s)
words = {"pear", "apple", "fig"}
print(sorted(words), len(words), "fig" in words)
print(sorted({"b", "a"} | {"c"}))
a |= {10}
a -= {1}
print(a)
