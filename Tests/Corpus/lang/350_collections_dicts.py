# collections: defaultdict, OrderedDict, ChainMap, deque
from collections import defaultdict, OrderedDict, ChainMap, deque

groups = defaultdict(list)
for name, team in [('ann', 'red'), ('bob', 'blue'), ('cid', 'red')]:
    groups[team].append(name)
print(groups, dict(groups), groups['green'], len(groups))
counts = defaultdict(int)
for ch in "banana":
    counts[ch] += 1
print(counts, counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested['a']['x'] += 1
print(dict(nested['a']), 'b' in nested)
plain = defaultdict()
try:
    plain['nope']
except KeyError as e:
    print("KeyError", e)
sets = defaultdict(set)
sets['k'].add(1)
print(sets, sets.copy())
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)

od = OrderedDict(a=1, b=2, c=3)
od.move_to_end('a')
print(od, list(od))
od.move_to_end('c', last=False)
print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1}, OrderedDict())
lru = OrderedDict()
for key in ['x', 'y', 'x', 'z', 'w']:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3:
        lru.popitem(last=False)
print(list(lru))

defaults = {'color': 'red', 'user': 'guest'}
overrides = {'user': 'admin'}
cm = ChainMap(overrides, defaults)
print(cm['user'], cm['color'], len(cm), list(cm), sorted(cm.items()), cm)
child = cm.new_child({'color': 'blue'})
print(child['color'], child.parents['color'], child.maps[0], 'user' in child, child.get('nope', 0))
cm['new'] = 1
print(overrides, dict(cm))
try:
    del cm['color']
except KeyError as e:
    print("KeyError", e)

d = deque(maxlen=3)
for i in range(5):
    d.append(i)
print(d, d.maxlen, list(reversed(d)))
d.appendleft(9)
print(d, d[0], d[-1])
q = deque([1, 2, 3])
q.rotate(1); print(q)
q.extendleft([7, 8]); print(q, q.popleft(), q.pop(), q)
