# operator: function forms, itemgetter, attrgetter, methodcaller
import operator
from operator import itemgetter, attrgetter, methodcaller
from functools import reduce

print(operator.add(1, 2), operator.sub(5, 3), operator.mul(4, 2), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10))
print(operator.neg(5), operator.pos(-1), operator.abs(-3), operator.not_(0), operator.truth([]), operator.invert(5), operator.inv(0))
print(operator.eq(1, 1), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.lshift(1, 4), operator.rshift(32, 2))
print(operator.is_(None, None), operator.is_not(1, None), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'))
print(operator.concat([1], [2]), operator.getitem('abc', 1), operator.index(7), operator.length_hint([1, 2, 3]))
d = {'a': 1}
operator.setitem(d, 'b', 2); print(d)
operator.delitem(d, 'a'); print(d)
print(operator.iadd([1], [2]), operator.imul(3, 4), operator.__add__(2, 3))
print(itemgetter(1)([1, 2, 3]), itemgetter(0, 2)('abc'), itemgetter('name')({'name': 'x'}), itemgetter(slice(1, 3))('hello'))
print(attrgetter('real')(3), attrgetter('imag', 'real')(5))
class Person:
    def __init__(self, name, age, city):
        self.name, self.age, self.city = name, age, city
        self.address = type('Addr', (), {'zip': city.upper()})()
    def greet(self, greeting, punct='!'):
        return f'{greeting}, {self.name}{punct}'
people = [Person('bob', 30, 'oslo'), Person('amy', 25, 'rome'), Person('cat', 30, 'bern')]
print([p.name for p in sorted(people, key=attrgetter('age', 'name'))])
print(attrgetter('address.zip')(people[0]), methodcaller('greet', 'Hi')(people[1]), methodcaller('greet', 'Yo', punct='?')(people[2]))
print(itemgetter(1), attrgetter('a', 'b.c'), methodcaller('split', ',', maxsplit=1), methodcaller('upper'))
rows = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(rows, key=itemgetter(1)), max(rows, key=itemgetter(0)), list(map(itemgetter(0), rows)))
print(reduce(operator.mul, range(1, 6)), reduce(operator.add, ['a', 'b', 'c']), list(map(operator.mul, [1, 2], [3, 4])))
print(methodcaller('upper')('abc'), list(map(methodcaller('strip'), [' a ', 'b '])))
try:
    itemgetter(5)([1])
except IndexError as e:
    print("IndexError", e)
try:
    attrgetter(1)
except TypeError as e:
    print("TypeError", e)
