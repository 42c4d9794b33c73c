# functools: lru_cache and cache with their statistics, on functions and methods
from functools import lru_cache, cache
import functools

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info(), fib.__name__, fib.__wrapped__.__name__)
print([fib(n) for n in range(10)], fib.cache_info().hits)

@lru_cache(maxsize=2)
def square(x):
    print("computing", x)
    return x * x
square(1); square(2); square(1); square(3); square(2)
info = square.cache_info()
print(info, info.hits, info.misses, info.maxsize, info.currsize, square.cache_parameters())
square.cache_clear()
print(square.cache_info())

@cache
def add(x, y=1):
    print("adding", x, y)
    return x + y
print(add(1), add(1), add(1, y=2), add(1, 2), add(x=1), add.cache_info())

@lru_cache
def plain(s):
    return s.upper()
print(plain('a'), plain('a'), plain.cache_info())

@functools.lru_cache(maxsize=0)
def never(x):
    return x
never(1); never(1)
print(never.cache_info())

class Shop:
    def __init__(self, rate):
        self.rate = rate
    @lru_cache(maxsize=32)
    def price(self, amount):
        print("pricing", amount)
        return amount * self.rate
    def __hash__(self):
        return hash(self.rate)
s = Shop(3)
print(s.price(2), s.price(2), Shop.price.cache_info())

try:
    lru_cache('x')
except TypeError as e:
    print("TypeError", e)
try:
    fib([1])
except TypeError as e:
    print("TypeError", e)

@lru_cache(maxsize=3)
def ident(x):
    return x
for v in [1, 2, 3, 1, 4, 2]:
    ident(v)
print(ident.cache_info())
