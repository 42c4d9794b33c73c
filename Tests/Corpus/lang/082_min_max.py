print(min(3, 1, 2), max(3, 1, 2))
print(min([4, 8, 2]), max("hello"))
words = ["pear", "fig", "banana"]
print(min(words, key=len), max(words, key=len))
print(max([], default="empty"), min([], default=None))
print(max([1, 5, 5, 2], key=lambda x: -x))
print(max([(1, "b"), (1, "a"), (0, "z")]))
print(min("b", "a", "c"), max(1, 2.5, 2))
print(max(["aa", "b", "cc"], key=len))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
scores = {"ann": 90, "bob": 95, "cy": 85}
print(max(scores, key=scores.get), min(scores.values()))
