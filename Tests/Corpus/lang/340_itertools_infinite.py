# itertools: the infinite iterators, islice and their reprs
from itertools import count, cycle, repeat, islice
import itertools

print(list(islice(count(10, 2), 5)), count(3), count(1, 0.5), repeat('x', 3), repeat(7))
c = count()
print(next(c), next(c), c)
print(list(islice(cycle('ABC'), 7)), list(repeat(1, 3)), list(repeat('z', 0)))
print(list(map(pow, range(5), repeat(2))))
print(list(zip(count(1), 'abc')))
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
it = iter(range(10))
print(list(islice(it, 3)), next(it), list(islice(it, 1, 5, 2)), list(it))
for i, letter in zip(itertools.count(start=1), "xyz"):
    print(i, letter)
try:
    islice('abc', -1)
except ValueError as e:
    print("ValueError", e)
try:
    islice('abc', 0, 5, 0)
except ValueError as e:
    print("ValueError", e)
r = repeat('a', 2)
print(list(r), list(r), r)
print(type(count()).__name__, type(islice('a', 1)).__name__)
