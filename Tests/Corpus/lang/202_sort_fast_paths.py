# sorted/list.sort on all-int, all-float and all-str keys (ties keep their order, also reversed),
# canonically equivalent strings kept apart, mixed keys on the general path.
print(sorted([3, 1, 2, 1, -5, 10**3]), sorted([3, 1, 2], reverse=True))
print(ascii(sorted(["b", "a", "\u00e9", "e\u0301", "B", ""])), "\u00e9" == "e\u0301", "\u00e9" < "e\u0301")
print(ascii({"\u00e9": 1, "e\u0301": 2}), len({"\u00e9", "e\u0301"}))
print(sorted([1.5, -2.0, 1.5, 0.0, -0.0]), sorted([0.0, -0.0], reverse=True), sorted([1, True, 1.0, 0, False]))
words = ["pear", "Apple", "fig", "apple", "Fig"]
print(sorted(words, key=str.lower), sorted(words, key=len, reverse=True), sorted(words, key=lambda w: w[-1]))
print(sorted(words, key=str.lower, reverse=True), sorted(words, reverse=True))
pairs = [(2, "x"), (1, "y"), (2, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0], reverse=True))
xs = [5, 3, 5, 1]; xs.sort(reverse=True); print(xs)
ys = [2**70, 5, -2**70, 3]; ys.sort(); print(ys)
print(sorted([2.5, 1, 3]), sorted(["b", "a"], key=lambda s: s))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
