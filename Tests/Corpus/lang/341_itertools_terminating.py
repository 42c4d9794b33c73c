# itertools: accumulate, chain, compress, dropwhile, takewhile, filterfalse, groupby,
# pairwise, starmap, tee, zip_longest
from itertools import *
import operator

print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([1, 2], initial=100)))
print(list(accumulate([3, 4, 6, 2, 1, 9, 0, 7, 5, 8], max)), list(accumulate([])))
print(list(chain('ab', [1, 2])), list(chain.from_iterable(['xy', 'z'])), list(chain()))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(None, [0, 1, '', 'a', None])))
for k, g in groupby('AAAABBBCCDAABBB'):
    print(k, list(g))
print([k for k, g in groupby('AAAABBBCCD')])
animals = sorted(['ant', 'bee', 'cat', 'cow', 'dog', 'deer', 'ape'], key=lambda s: s[0])
for letter, group in groupby(animals, key=lambda s: s[0]):
    print(letter, ', '.join(group))
groups = groupby([1, 1, 2, 2, 3])
first_key, first_group = next(groups)
second_key, _ = next(groups)
print(first_key, list(first_group), second_key)
print(list(pairwise('ABCDE')), list(pairwise([1])), list(starmap(pow, [(2, 5), (3, 2)])))
a, b = tee([1, 2, 3])
print(next(a), list(b), list(a))
x, y, z = tee(range(3), 3)
print(list(x), list(y), list(z))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest([1, 2], [3])), list(zip_longest()))
def running_avg(values):
    for i, total in enumerate(accumulate(values), 1):
        yield total / i
print(list(running_avg([10, 20, 30])))
