# Tutorial-style uses mixing namedtuple subclasses, dataclasses, enum, itertools, functools,
# operator and collections; class docstrings are not inherited
from collections import namedtuple, Counter, defaultdict, OrderedDict
from dataclasses import dataclass, field
from enum import Enum
import itertools, functools, operator
class Point(namedtuple('Point', 'x y')):
    __slots__ = ()
    @property
    def hypot(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __str__(self):
        return 'Point: x=%6.3f  y=%6.3f  hypot=%6.3f' % (self.x, self.y, self.hypot)
for p in Point(3, 4), Point(14, 5/7):
    print(p)
print(repr(Point(1, 2)), Point.__doc__, Point(**{'x': 1, 'y': 5}), Point._make(range(2)))
Card = namedtuple('Card', ['rank', 'suit'])
deck = [Card(r, s) for s in '♠♥' for r in 'AK']
print(deck[0], sorted(deck)[:2], deck[0].rank, Card._fields, len(deck), deck.index(Card('K', '♥')))
print(dict(Counter(c.suit for c in deck)), max(deck, key=operator.attrgetter('rank')))
@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    def add(self, *vals):
        self.children.extend(Node(v) for v in vals)
        return self
tree = Node(1).add(2, 3)
print(tree, tree == Node(1, [Node(2), Node(3)]))
class Color(Enum):
    RED = 'red'
    BLUE = 'blue'
print(sorted(Color, key=lambda c: c.value), {Color.RED: 1}, Color.RED in [Color.RED], f"{Color.RED!r} {Color.BLUE.value!r}", Color('red').name.lower())
print([(name, m.value) for name, m in Color.__members__.items()])
word_counts = defaultdict(int)
for w in "a b a c b a".split():
    word_counts[w] += 1
print(sorted(word_counts.items(), key=operator.itemgetter(1), reverse=True))
data = sorted([('a', 1), ('b', 2), ('a', 3)], key=operator.itemgetter(0))
print({k: [v for _, v in g] for k, g in itertools.groupby(data, key=operator.itemgetter(0))})
print(list(itertools.chain(*[[1, 2], [3]])), list(itertools.islice(itertools.count(), 0, 10, 3)))
print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), functools.partial(print, sep='-'))
nums = [1, 2, 3, 4, 5, 6]
evens, odds = [list(g) for k, g in itertools.groupby(sorted(nums, key=lambda n: n % 2), key=lambda n: n % 2)]
print(evens, odds, list(itertools.accumulate(nums, lambda a, b: a * b)))
print(list(itertools.starmap(lambda a, b: a + b, zip(nums, nums[1:]))), list(zip(*itertools.tee(nums[:3]))))
od = OrderedDict.fromkeys('abc', 0)
print(od, od.copy(), list(reversed(od)))
class A:
    "doc A"
class B(A): pass
class E(Exception): pass
print(A.__doc__, B.__doc__, E.__doc__, sorted(k for k in vars(B) if not k.startswith('__w')))
