it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
print(next(it, "default"))
def gen():
    yield 1
    return "result"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
empty = iter([])
print(next(empty, None))
try:
    next(iter(""))
except StopIteration as e:
    print(repr(e))
def gen2():
    return
    yield
print(list(gen2()))
