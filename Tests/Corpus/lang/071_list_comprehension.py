print([x * 2 for x in range(5)])
print([x for x in range(10) if x % 3 == 0])
print([c.upper() for c in "abc"])
print([x if x % 2 else -x for x in range(6)])
words = ["apple", "Banana", "cherry", "date"]
print([w for w in words if len(w) > 4 and w[0].islower()])
print([len(w) for w in words])
print([(i, w) for i, w in enumerate(words) if i % 2 == 0])
print([n for n in [3, 1, 2]][::-1])
x = "outer"
result = [x for x in range(3)]
print(result, x)
print([[j for j in range(i)] for i in range(4)])
print([a + b for a in "ab" for b in "12"])
