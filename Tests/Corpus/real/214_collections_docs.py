# source: https://docs.python.org/3.11/library/collections.html (Counter, deque, defaultdict, namedtuple, OrderedDict, ChainMap examples); changes: doctest prompts removed; each value the session echoes is printed with print(repr(...))
from collections import Counter, deque, defaultdict, namedtuple, OrderedDict, ChainMap

cnt = Counter()
for word in ['red', 'blue', 'red', 'green', 'blue', 'blue']:
    cnt[word] += 1
print(repr(cnt))
c = Counter(a=4, b=2, c=0, d=-2)
print(repr(sorted(c.elements())))
print(repr(Counter('abracadabra').most_common(3)))
c = Counter(a=4, b=2, c=0, d=-2)
d = Counter(a=1, b=2, c=3, d=4)
c.subtract(d)
print(repr(c))
c = Counter(a=3, b=1)
d = Counter(a=1, b=2)
print(repr(c + d))                       # add two counters together:  c[x] + d[x]
print(repr(c - d))                       # subtract (keeping only positive counts)
print(repr(c & d))                       # intersection:  min(c[x], d[x])
print(repr(c | d))                       # union:  max(c[x], d[x])

d = deque('ghi')                 # make a new deque with three items
for elem in d:                   # iterate over the deque's elements
    print(elem.upper())
d.append('j')                    # add a new entry to the right side
d.appendleft('f')                # add a new entry to the left side
print(repr(d))                   # show the representation of the deque
print(repr(d.pop()))             # return and remove the rightmost item
print(repr(d.popleft()))         # return and remove the leftmost item
print(repr(list(d)))             # list the contents of the deque
print(repr(d[0]))                # peek at leftmost item
print(repr(d[-1]))               # peek at rightmost item
print(repr(list(reversed(d))))   # list the contents of a deque in reverse
print(repr('h' in d))            # search the deque
d.extend('jkl')                  # add multiple elements at once
print(repr(d))
d.rotate(1)                      # right rotation
print(repr(d))
d.rotate(-1)                     # left rotation
print(repr(d))
print(repr(deque(reversed(d))))  # make a new deque in reverse order
d.clear()                        # empty the deque
d.extendleft('abc')              # extendleft() reverses the input order
print(repr(d))

def tail(lines, n=10):
    'Return the last n lines of a file'
    return deque(lines, n)
print(repr(tail(['l%d' % i for i in range(15)], 3)))

s = [('yellow', 1), ('blue', 2), ('yellow', 3), ('blue', 4), ('red', 1)]
d = defaultdict(list)
for k, v in s:
    d[k].append(v)
print(repr(sorted(d.items())))
s = 'mississippi'
d = defaultdict(int)
for k in s:
    d[k] += 1
print(repr(sorted(d.items())))

Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)     # instantiate with positional or keyword arguments
print(repr(p[0] + p[1]))             # indexable like the plain tuple (11, 22)
x, y = p                # unpack like a regular tuple
print(repr((x, y)))
print(repr(p.x + p.y))               # fields also accessible by name
print(repr(p))                       # readable __repr__ with a name=value style
print(repr(p._asdict()))
print(repr(p._replace(x=33)))
print(repr(Point._fields))

d = OrderedDict.fromkeys('abcde')
d.move_to_end('b')
print(repr(''.join(d)))
d.move_to_end('b', last=False)
print(repr(''.join(d)))

baseline = {'music': 'bach', 'art': 'rembrandt'}
adjustments = {'art': 'van gogh', 'opera': 'carmen'}
print(repr(list(ChainMap(adjustments, baseline))))
