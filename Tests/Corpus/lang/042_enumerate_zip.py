names = ["a", "b", "c"]
for i, n in enumerate(names):
    print(i, n)
for i, n in enumerate(names, start=1):
    print(i, n)
print(list(enumerate("xy", 10)))
scores = [90, 85]
for n, s in zip(names, scores):
    print(n, s)
print(list(zip([1, 2, 3], "abc", (True, False, None))))
print(list(zip()))
keys = ["k1", "k2"]
vals = [1, 2]
print(dict(zip(keys, vals)))
pairs = [(1, "one"), (2, "two")]
nums, words = zip(*pairs)
print(nums, words)
for i, (a, b) in enumerate(zip("ab", "cd")):
    print(i, a + b)
