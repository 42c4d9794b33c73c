# collections.Counter: counting, most_common, arithmetic, update/subtract, elements
from collections import Counter

text = "the quick brown fox jumps over the lazy dog the end"
words = Counter(text.split())
print(words.most_common(2), words['the'], words['missing'], len(words), words.total())
letters = Counter("mississippi")
print(letters, sorted(letters.elements()), letters.most_common())
inventory = Counter(apples=3, pears=1)
inventory.update({'apples': 2, 'kiwis': 4})
inventory.update(['pears', 'pears'])
print(inventory)
inventory.subtract(kiwis=5, apples=1)
print(inventory, +inventory, -inventory)
a, b = Counter(a=3, b=1, c=2), Counter(a=1, b=2, d=4)
print(a + b, a - b, a & b, a | b)
print(a == Counter(c=2, a=3, b=1), a <= a + b, Counter() == Counter(x=0), Counter('ab') < Counter('aab'))
c = Counter(x=1)
c['y'] += 5
del c['x']
del c['never']
print(c, dict(c), list(c.items()), c.copy())
print(Counter(), repr(Counter('a')), Counter({'z': 0, 'y': -1}).most_common())
tally = Counter()
for n in [1, 2, 2, 3, 3, 3]:
    tally[n] += 1
print(tally, [k for k, v in tally.items() if v > 1])
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print("NotImplementedError", e)
print(sum(Counter('aab').values()), Counter('hello').most_common(1)[0])
