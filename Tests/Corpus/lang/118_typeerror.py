def two(a, b):
    return a + b
n = 5
key = "0"
tests = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: n[0],
    lambda: n(),
    lambda: len(5),
    lambda: iter(5),
    lambda: two(1),
    lambda: two(1, 2, 3),
    lambda: two(1, 2, c=3),
    lambda: 1 < "a",
    lambda: {[1]: 2},
    lambda: "abc" * 2.5,
    lambda: -"x",
    lambda: None + 1,
    lambda: sum(["a", "b"]),
    lambda: int([1]),
    lambda: "x".join("ab", "c"),
    lambda: [1, 2][key],
    lambda: {"a": 1} + {"b": 2},
    lambda: 3 - "1",
    lambda: 2.0 * "s",
    lambda: abs("x"),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
