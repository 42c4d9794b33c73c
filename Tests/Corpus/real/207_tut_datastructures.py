# source: https://docs.python.org/3.11/tutorial/datastructures.html (lists, stacks, queues with deque, comprehensions, nested comprehensions, del, tuples, sets of numbers, dicts, looping techniques); changes: doctest prompts removed; each value the session echoes is printed with print(repr(...)); set displays of strings left out (their order depends on the hash seed)
fruits = ['orange', 'apple', 'pear', 'banana', 'kiwi', 'apple', 'banana']
print(repr(fruits.count('apple')))
print(repr(fruits.count('tangerine')))
print(repr(fruits.index('banana')))
print(repr(fruits.index('banana', 4)))  # Find next banana starting at position 4
fruits.reverse()
print(repr(fruits))
fruits.append('grape')
print(repr(fruits))
fruits.sort()
print(repr(fruits))
print(repr(fruits.pop()))

stack = [3, 4, 5]
stack.append(6)
stack.append(7)
print(repr(stack))
print(repr(stack.pop()))
print(repr(stack))
print(repr(stack.pop()))
print(repr(stack.pop()))
print(repr(stack))

from collections import deque
queue = deque(["Eric", "John", "Michael"])
queue.append("Terry")           # Terry arrives
queue.append("Graham")          # Graham arrives
print(repr(queue.popleft()))                 # The first to arrive now leaves
print(repr(queue.popleft()))                 # The second to arrive now leaves
print(repr(queue))                           # Remaining queue in order of arrival

squares = []
for x in range(10):
    squares.append(x**2)
print(repr(squares))
squares = list(map(lambda x: x**2, range(10)))
squares = [x**2 for x in range(10)]
print(repr([(x, y) for x in [1,2,3] for y in [3,1,4] if x != y]))
vec = [-4, -2, 0, 2, 4]
print(repr([x*2 for x in vec]))
print(repr([x for x in vec if x >= 0]))
print(repr([abs(x) for x in vec]))
freshfruit = ['  banana', '  loganberry ', 'passion fruit  ']
print(repr([weapon.strip() for weapon in freshfruit]))
print(repr([(x, x**2) for x in range(6)]))
vec = [[1,2,3], [4,5,6], [7,8,9]]
print(repr([num for elem in vec for num in elem]))
from math import pi
print(repr([str(round(pi, i)) for i in range(1, 6)]))

matrix = [
    [1, 2, 3, 4],
    [5, 6, 7, 8],
    [9, 10, 11, 12],
]
print(repr([[row[i] for row in matrix] for i in range(4)]))
print(repr(list(zip(*matrix))))

a = [-1, 1, 66.25, 333, 333, 1234.5]
del a[0]
print(repr(a))
del a[2:4]
print(repr(a))
del a[:]
print(repr(a))

t = 12345, 54321, 'hello!'
print(repr(t[0]))
print(repr(t))
u = t, (1, 2, 3, 4, 5)
print(repr(u))
empty = ()
singleton = 'hello',    # <-- note trailing comma
print(repr(len(empty)))
print(repr(len(singleton)))
print(repr(singleton))

print(repr({x for x in range(10) if x % 3}))

tel = {'jack': 4098, 'sape': 4139}
tel['guido'] = 4127
print(repr(tel))
print(repr(tel['jack']))
del tel['sape']
tel['irv'] = 4127
print(repr(tel))
print(repr(list(tel)))
print(repr(sorted(tel)))
print(repr('guido' in tel))
print(repr('jack' not in tel))
print(repr(dict([('sape', 4139), ('guido', 4127), ('jack', 4098)])))
print(repr({x: x**2 for x in (2, 4, 6)}))
print(repr(dict(sape=4139, guido=4127, jack=4098)))

knights = {'gallahad': 'the pure', 'robin': 'the brave'}
for k, v in knights.items():
    print(k, v)
for i, v in enumerate(['tic', 'tac', 'toe']):
    print(i, v)
questions = ['name', 'quest', 'favorite color']
answers = ['lancelot', 'the holy grail', 'blue']
for q, a in zip(questions, answers):
    print('What is your {0}?  It is {1}.'.format(q, a))
for i in reversed(range(1, 10, 2)):
    print(i)
basket = ['apple', 'orange', 'apple', 'pear', 'orange', 'banana']
for i in sorted(basket):
    print(i)
for f in sorted(set(basket)):
    print(f)
import math
raw_data = [56.2, float('NaN'), 51.7, 55.3, 52.5, float('NaN'), 47.8]
filtered_data = []
for value in raw_data:
    if not math.isnan(value):
        filtered_data.append(value)
print(repr(filtered_data))
string1, string2, string3 = '', 'Trondheim', 'Hammer Dance'
non_null = string1 or string2 or string3
print(repr(non_null))
print((1, 2, 3)              < (1, 2, 4))
print([1, 2, 3]              < [1, 2, 4])
print('ABC' < 'C' < 'Pascal' < 'Python')
print((1, 2, 3, 4)           < (1, 2, 4))
print((1, 2)                 < (1, 2, -1))
print((1, 2, 3)             == (1.0, 2.0, 3.0))
print((1, 2, ('aa', 'ab'))   < (1, 2, ('abc', 'a'), 4))
