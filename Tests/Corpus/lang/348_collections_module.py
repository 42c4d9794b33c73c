# collections: namedtuple (defaults, _replace, _asdict, _make), defaultdict, Counter, OrderedDict, ChainMap, deque
from collections import namedtuple, defaultdict, Counter, OrderedDict, ChainMap, deque
Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], tuple(p), len(p), isinstance(p, tuple))
x, y = p; print(x, y)
print(p._asdict(), p._replace(x=100), Point._fields, Point._make([1, 2]))
print(p == (11, 22), hash(p) == hash((11, 22)), Point)
P3 = namedtuple('P3', 'a b c', defaults=[0, 1])
print(P3(5), P3(1, 2, 3), P3._field_defaults)
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
Emp = namedtuple('Emp', 'name, age')
print(sorted([Emp('b', 3), Emp('a', 5)]), Emp('z', 1)._asdict())
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd['zz'])
di = defaultdict(int); di['x'] += 1; print(di)
c = Counter('abracadabra')
print(c, c.most_common(3), c['z'])
c2 = Counter(a=1, b=2)
print(c + c2, c - c2, c & c2, c | c2)
c.update(['a', 'z']); print(c['a'], c['z'], c.total())
c.subtract({'a': 10}); print(c, +c, -c)
print(sorted(Counter(a=2, b=1).elements()))
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(2))
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end('a'); print(od); od.move_to_end('c', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict())
base = {'a': 1, 'b': 2}; over = {'b': 3}
cm = ChainMap(over, base)
print(cm['a'], cm['b'], len(cm), list(cm), dict(cm.items()), cm)
ch = cm.new_child({'c': 5}); print(ch['c'], ch.parents, 'c' in cm)
cm['z'] = 9; print(over)
d = deque(range(5), maxlen=3); print(d)
