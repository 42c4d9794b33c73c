values = [0, 1, -1, 0.0, 0.1, "", "a", [], [0], (), (None,), {}, {"k": 0}, None, True, False, set(), range(0), range(1)]
for v in values:
    print(repr(v), bool(v))
print(bool(), not None, not "x")
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "fallback")
print("" or [] or 0, [] and 1)
print(not not [1])
