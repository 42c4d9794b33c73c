# source: https://docs.python.org/3.11/library/functools.html (lru_cache fib, cache factorial, partial basetwo, reduce, wraps my_decorator, total_ordering Student, singledispatch fun); changes: doctest prompts removed; each value the session echoes is printed with print(repr(...))
from functools import lru_cache, cache, partial, reduce, wraps, total_ordering, singledispatch

@lru_cache(maxsize=None)
def fib(n):
    if n < 2:
        return n
    return fib(n-1) + fib(n-2)

print(repr([fib(n) for n in range(16)]))
print(repr(fib.cache_info()))

@cache
def factorial(n):
    return n * factorial(n-1) if n else 1

print(repr(factorial(10)))      # no previously cached result, makes 11 recursive calls
print(repr(factorial(5)))       # just looks up cached value result
print(repr(factorial(12)))      # makes two new recursive calls, the other 10 are cached

basetwo = partial(int, base=2)
basetwo.__doc__ = 'Convert base 2 string to an int.'
print(repr(basetwo('10010')))

print(repr(reduce(lambda x, y: x+y, [1, 2, 3, 4, 5])))

def my_decorator(f):
    @wraps(f)
    def wrapper(*args, **kwds):
        print('Calling decorated function')
        return f(*args, **kwds)
    return wrapper

@my_decorator
def example():
    """Docstring"""
    print('Called example function')

example()
print(repr(example.__name__))
print(repr(example.__doc__))

@total_ordering
class Student:
    def __init__(self, firstname, lastname):
        self.firstname = firstname
        self.lastname = lastname
    def _is_valid_operand(self, other):
        return (hasattr(other, "lastname") and
                hasattr(other, "firstname"))
    def __eq__(self, other):
        if not self._is_valid_operand(other):
            return NotImplemented
        return ((self.lastname.lower(), self.firstname.lower()) ==
                (other.lastname.lower(), other.firstname.lower()))
    def __lt__(self, other):
        if not self._is_valid_operand(other):
            return NotImplemented
        return ((self.lastname.lower(), self.firstname.lower()) <
                (other.lastname.lower(), other.firstname.lower()))

a, b = Student('Ann', 'Lee'), Student('Bob', 'Kim')
print(a > b, a <= b, a >= b)

@singledispatch
def fun(arg, verbose=False):
    if verbose:
        print("Let me just say,", end=" ")
    print(arg)

@fun.register
def _(arg: int, verbose=False):
    if verbose:
        print("Strength in numbers, eh?", end=" ")
    print(arg)

@fun.register
def _(arg: list, verbose=False):
    if verbose:
        print("Enumerate this:")
    for i, elem in enumerate(arg):
        print(i, elem)

fun("Hello, world.")
fun("test.", verbose=True)
fun(42, verbose=True)
fun(['spam', 'spam', 'eggs', 'spam'], verbose=True)
