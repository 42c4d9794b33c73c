s = {x % 5 for x in range(20)}
print(s)
print(sorted({len(w) for w in ["a", "bb", "cc", "ddd"]}))
evens = {x for x in range(10) if x % 2 == 0}
print(evens)
print(3 in evens, 4 in evens)
print(sorted({c for c in "hello world" if c != " "}))
print(len({(x, y) for x in range(3) for y in range(3)}))
print({1, 2, 3} == {x for x in [3, 2, 1, 1]})
print(set(), {0}, {2, 1})
