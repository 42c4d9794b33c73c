print(list(map(str, [1, 2, 3])))
print(list(map(lambda x, y: x + y, [1, 2], [10, 20, 30])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(lambda s: s.startswith("a"), ["apple", "bob", "avocado"])))
m = map(len, ["a", "bb"])
print(type(m).__name__, next(m), list(m), list(m))
def is_odd(n):
    return n % 2 == 1
print(list(filter(is_odd, range(10))))
print(sum(map(int, "12345")))
print(list(map(str.upper, "abc")))
print(dict(map(lambda kv: (kv[0], kv[1] * 2), {"x": 1, "y": 2}.items())))
