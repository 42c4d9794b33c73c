# source: https://docs.python.org/3.11/tutorial/inputoutput.html (Fancier Output Formatting); changes: doctest prompts removed; each value the session echoes is printed with print(repr(...))
year = 2016
event = 'Referendum'
print(repr(f'Results of the {year} {event}'))
yes_votes = 42_572_654
total_votes = 85_705_149
percentage = yes_votes / total_votes
print(repr('{:-9} YES votes  {:2.2%}'.format(yes_votes, percentage)))
s = 'Hello, world.'
print(repr(str(s)))
print(repr(repr(s)))
print(repr(str(1/7)))
x = 10 * 3.25
y = 200 * 200
s = 'The value of x is ' + repr(x) + ', and y is ' + repr(y) + '...'
print(s)
hello = 'hello, world\n'
hellos = repr(hello)
print(hellos)
print(repr(repr((x, y, ('spam', 'eggs')))))
import math
print(f'The value of pi is approximately {math.pi:.3f}.')
table = {'Sjoerd': 4127, 'Jack': 4098, 'Dcab': 7678}
for name, phone in table.items():
    print(f'{name:10} ==> {phone:10d}')
animals = 'eels'
print(f'My hovercraft is full of {animals}.')
print(f'My hovercraft is full of {animals!r}.')
bugs = 'roaches'
count = 13
area = 'living room'
print(f'Debugging {bugs=} {count=} {area=}')
print('We are the {} who say "{}!"'.format('knights', 'Ni'))
print('{0} and {1}'.format('spam', 'eggs'))
print('{1} and {0}'.format('spam', 'eggs'))
print('This {food} is {adjective}.'.format(
      food='spam', adjective='absolutely horrible'))
print('The story of {0}, {1}, and {other}.'.format('Bill', 'Manfred',
                                                   other='Georg'))
table = {'Sjoerd': 4127, 'Jack': 4098, 'Dcab': 8637678}
print('Jack: {0[Jack]:d}; Sjoerd: {0[Sjoerd]:d}; '
      'Dcab: {0[Dcab]:d}'.format(table))
print('Jack: {Jack:d}; Sjoerd: {Sjoerd:d}; Dcab: {Dcab:d}'.format(**table))
for x in range(1, 11):
    print('{0:2d} {1:3d} {2:4d}'.format(x, x*x, x*x*x))
for x in range(1, 11):
    print(repr(x).rjust(2), repr(x*x).rjust(3), end=' ')
    # Note use of 'end' on previous line
    print(repr(x*x*x).rjust(4))
print(repr('12'.zfill(5)))
print(repr('-3.14'.zfill(7)))
print(repr('3.14159265359'.zfill(5)))
print('The value of pi is approximately %5.3f.' % math.pi)
