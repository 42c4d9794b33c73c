def inner(n):
    for i in range(n):
        yield i
    return f"inner done with {n}"

def outer():
    r1 = yield from inner(2)
    print("r1 =", r1)
    r2 = yield from inner(3)
    print("r2 =", r2)
    yield from "xy"
    return "outer done"

g = outer()
for v in g:
    print("value", v)

def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], (3,), range(4, 6))))

def delegating():
    result = yield from inner(1)
    return result.upper()
d = delegating()
print(next(d))
try:
    next(d)
except StopIteration as e:
    print(e.value)
