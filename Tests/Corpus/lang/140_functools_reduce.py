from functools import reduce
import functools
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(max, [3, 9, 2]))
print(reduce(lambda acc, s: acc + s.upper(), ["a", "b"], ">"))
print(functools.reduce(lambda a, b: a + b, [], "empty"))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)
nested = [[1, 2], [3], [4, 5]]
print(reduce(lambda a, b: a + b, nested))
