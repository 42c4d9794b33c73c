from collections import deque


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# construction
print(deque(), deque([1, 2, 3]), deque("abc"), deque(range(5), maxlen=3))
print(deque(maxlen=0), deque([1, 2], 5), deque(iterable=(7, 8)), deque((x * x for x in range(4)), maxlen=2))
print(deque([1], maxlen=True))
attempt("maxlen -1", lambda: deque(maxlen=-1))
attempt("maxlen 1.5", lambda: deque(maxlen=1.5))
attempt("maxlen str", lambda: deque([1], "3"))
attempt("maxlen huge", lambda: deque(maxlen=10 ** 30))
attempt("3 args", lambda: deque([1], 2, 3))
attempt("bad keyword", lambda: deque(foo=1))
attempt("twice", lambda: deque([1], iterable=[2]))
attempt("not iterable", lambda: deque(5))

# append / appendleft / pop / popleft with and without maxlen
d = deque()
d.append(1)
d.append(2)
d.appendleft(0)
d.appendleft(-1)
print(d, len(d), bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
b = deque(maxlen=3)
for i in range(6):
    b.append(i)
    print("append", i, b)
for i in range(3):
    b.appendleft(-i)
    print("appendleft", -i, b)
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
z.extend([3, 4])
print("maxlen 0", z, z.maxlen)
attempt("pop empty", lambda: deque().pop())
attempt("popleft empty", lambda: deque().popleft())
attempt("pop arg", lambda: d.pop(0))
attempt("append no arg", lambda: d.append())
attempt("append 2 args", lambda: d.append(1, 2))

# extend / extendleft
d = deque([1, 2])
d.extend([3, 4])
d.extend(x for x in "ab")
d.extendleft([0, -1])
print(d)
d.extend(d)
print("self extend", d)
d = deque([1, 2, 3])
d.extendleft(d)
print("self extendleft", d)
b = deque([1, 2, 3], maxlen=4)
b.extend(range(10, 13))
print(b)
b.extendleft("xy")
print(b)
attempt("extend int", lambda: d.extend(5))
attempt("extend nothing", lambda: d.extend())


def failing():
    yield 1
    yield 2
    raise ValueError("halfway")


d = deque()
attempt("extend failing", lambda: d.extend(failing()))
print("after failing", d)

# remove / count / index / clear
d = deque([1, 2, 3, 2, 1])
d.remove(2)
print(d, d.count(1), d.count(9), d.count(2))
attempt("remove missing", lambda: d.remove(7))
attempt("remove missing str", lambda: d.remove("x"))
print(d.index(1), d.index(1, 1), d.index(2, -3), d.index(1, 0, 10), d.index(3, -100, 100))
attempt("index missing", lambda: d.index(7))
attempt("index outside", lambda: d.index(2, 0, 1))
attempt("index no args", lambda: d.index())
attempt("index 4 args", lambda: d.index(1, 0, 1, 2))
attempt("index str start", lambda: d.index(1, "a"))
attempt("index None start", lambda: d.index(1, None))
print(d.index(1, -10 ** 30, 10 ** 30))
attempt("count no args", lambda: d.count())
d.clear()
print("cleared", d, len(d))
attempt("clear arg", lambda: d.clear(1))

# insert
d = deque([1, 2, 3, 4])
d.insert(0, "a")
d.insert(2, "b")
d.insert(-1, "c")
d.insert(100, "end")
d.insert(-100, "start")
print(d)
attempt("insert full", lambda: deque([1, 2], maxlen=2).insert(0, 5))
attempt("insert one arg", lambda: d.insert(1))
attempt("insert str index", lambda: d.insert("a", 1))
attempt("insert keywords", lambda: d.insert(i=1, x=2))
b = deque([1, 2], maxlen=3)
b.insert(1, 9)
print(b)

# rotate / reverse
d = deque(range(6))
d.rotate()
print(d)
d.rotate(2)
print(d)
d.rotate(-4)
print(d)
d.rotate(13)
print(d)
d.rotate(-13)
print(d)
d.rotate(0)
d.rotate(True)
print(d)
d.reverse()
print("reversed", d)
e = deque()
e.rotate(5)
e.reverse()
print(e)
attempt("rotate 2 args", lambda: d.rotate(1, 2))
attempt("rotate str", lambda: d.rotate("a"))
attempt("rotate float", lambda: d.rotate(1.5))
attempt("rotate keyword", lambda: d.rotate(n=1))
attempt("rotate huge", lambda: d.rotate(10 ** 30))
attempt("reverse arg", lambda: d.reverse(1))

# copy
d = deque([1, [2]], maxlen=5)
c = d.copy()
c2 = d.__copy__()
print(c, c2, c == d, c is d, c[1] is d[1], c.maxlen)
attempt("copy arg", lambda: d.copy(1))

# maxlen attribute
print(deque().maxlen, deque(maxlen=7).maxlen)


def set_maxlen():
    d.maxlen = 3


def set_other():
    d.other = 3


attempt("set maxlen", set_maxlen)
attempt("set other", set_other)

# indexing, assignment, deletion
d = deque("abcdef")
print(d[0], d[-1], d[2], d[-6])
d[1] = "B"
d[-1] = "F"
del d[0]
del d[-2]
print(d)
attempt("index 10", lambda: d[10])
attempt("index -10", lambda: d[-10])
attempt("index str", lambda: d["a"])
attempt("slice", lambda: d[1:2])
attempt("index huge", lambda: d[10 ** 30])
attempt("index float", lambda: d[1.0])


def assign(i):
    d[i] = 0


def delete(i):
    del d[i]


attempt("assign 10", lambda: assign(10))
attempt("assign str", lambda: assign("x"))
attempt("delete 10", lambda: delete(10))
attempt("delete str", lambda: delete("x"))
attempt("delete slice", lambda: delete(slice(1, 2)))
print(d.__getitem__(-1), d.__len__(), d.__contains__("c"))
attempt("__getitem__ str", lambda: d.__getitem__("a"))
attempt("__getitem__ huge", lambda: d.__getitem__(10 ** 30))
attempt("__setitem__ str", lambda: d.__setitem__("x", 1))
attempt("__delitem__ str", lambda: d.__delitem__("x"))
attempt("__len__ arg", lambda: d.__len__(1))
attempt("__getitem__ none", lambda: d.__getitem__())

# iteration, reversed, in
d = deque([1, 2, 3])
print([x for x in d], list(reversed(d)), 2 in d, 5 in d, 5 not in d)
print(list(d.__reversed__()), list(d.__iter__()), sorted(deque([3, 1, 2])), sum(deque([1, 2, 3])))
a, b, c = d
print(a, b, c, [*d], tuple(d), list(enumerate(d)))
print(type(iter(d)), type(reversed(d)), type(iter(d)).__name__)
attempt("len(iter)", lambda: len(iter(d)))
it = iter(d)
print(next(it), next(it), next(it), next(it, "done"))


def mutate(label, op, size=4):
    d = deque(range(size))
    it = iter(d)
    first = next(it)
    op(d)
    out = [first]
    try:
        for x in it:
            out.append(x)
        print(label, "no error", out)
    except RuntimeError as e:
        print(label, "RuntimeError", e, out)
    try:
        print(label, "next", next(it))
    except Exception as e:
        print(label, "next", type(e).__name__, e)


mutate("append", lambda d: d.append(5))
mutate("appendleft", lambda d: d.appendleft(5))
mutate("pop", lambda d: d.pop())
mutate("popleft", lambda d: d.popleft())
mutate("clear", lambda d: d.clear())
mutate("remove", lambda d: d.remove(3))
mutate("insert", lambda d: d.insert(1, 9))
mutate("del", lambda d: d.__delitem__(1))
mutate("rotate 1", lambda d: d.rotate(1))
mutate("rotate 0", lambda d: d.rotate(0))
mutate("rotate len", lambda d: d.rotate(4))
mutate("reverse", lambda d: d.reverse())
mutate("setitem", lambda d: d.__setitem__(2, 9))
mutate("extend empty", lambda d: d.extend([]))
mutate("extend", lambda d: d.extend([7]))
mutate("iadd empty", lambda d: d.__iadd__([]))
mutate("imul 1", lambda d: d.__imul__(1))
mutate("imul 2", lambda d: d.__imul__(2))
mutate("rotate single", lambda d: d.rotate(3), size=1)
mutate("clear empty then append", lambda d: (d.clear(), d.clear()), size=1)

d = deque([1, 2, 3])
try:
    for x in d:
        if x == 2:
            d.append(4)
except RuntimeError as e:
    print("for loop", e, d)

rit = reversed(deque([1, 2, 3]))
print(next(rit))
dd = deque([1, 2, 3])
rit = reversed(dd)
next(rit)
dd.appendleft(0)
attempt("reverse iterator mutated", lambda: next(rit))


class Mutator:
    def __init__(self, d, result):
        self.d = d
        self.result = result

    def __eq__(self, other):
        self.d.append(0)
        return self.result


for result in (False, True):
    d = deque([1, 2, 3])
    attempt("remove mutating %s" % result, lambda: d.remove(Mutator(d, result)))
    print(d)
    d = deque([1, 2, 3])
    attempt("index mutating %s" % result, lambda: d.index(Mutator(d, result)))
    d = deque([1, 2, 3])
    attempt("count mutating %s" % result, lambda: d.count(Mutator(d, result)))
    d = deque([1, 2, 3])
    attempt("in mutating %s" % result, lambda: Mutator(d, result) in d)

# comparisons
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 2]), deque([1]) == deque([1, 2]))
print(deque([1, 2]) == [1, 2], deque([1, 2]) != [1, 2], deque() == deque(maxlen=3))
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) < deque([1, 2, 0]), deque([2]) > deque([1, 9]))
print(deque([1, 2]) <= deque([1, 2]), deque([1, 2]) >= deque([1, 3]), deque() < deque([0]))
print(deque(["a"]) < deque(["b"]), deque([(1, 2)]) <= deque([(1, 2)]), deque([1.0]) == deque([1]))
nan = float("nan")
print(deque([nan]) == deque([nan]), deque([1, nan]) == deque([1, nan]))
attempt("< list", lambda: deque([1]) < [1])
attempt("< int", lambda: deque([1]) < 1)
attempt("mixed items", lambda: deque([1]) < deque(["a"]))
print(d.__eq__(5), deque([1]).__lt__(deque([2])), deque([1]).__ne__(deque([1])))

# hashing
attempt("hash", lambda: hash(deque()))
attempt("dict key", lambda: {deque(): 1})
attempt("set member", lambda: {deque([1])})
print(deque.__hash__)

# + * += *=
d = deque([1, 2], maxlen=3)
print(d + deque([3, 4]), deque([1]) + deque([2]), d * 2, 2 * d, d * 0, d * -1, deque([5]) * 4)
print(deque([1, 2, 3]) * 2, deque("abc", maxlen=2) * 3, deque("abcde", maxlen=4) * 2, deque([7], maxlen=3) * 5)
attempt("+ list", lambda: deque([1]) + [2])
attempt("list +", lambda: [2] + deque([1]))
attempt("+ int", lambda: deque([1]) + 1)
attempt("int +", lambda: 1 + deque([1]))
attempt("* float", lambda: deque([1]) * 1.5)
attempt("* str", lambda: deque([1]) * "a")
attempt("* huge", lambda: deque([1]) * 10 ** 30)
attempt("- deque", lambda: deque() - deque())
attempt("__add__ int", lambda: deque().__add__(5))
attempt("__radd__", lambda: deque().__radd__)
d = deque([1, 2])
alias = d
d += [3]
d += deque([4])
d += "ab"
print(d, d is alias)
d *= 2
print(d, d is alias)
b = deque([1, 2], maxlen=3)
b *= 3
print(b)
b += range(10, 14)
print(b)
d = deque([1, 2])
d *= 0
print(d)
d = deque([1, 2])
d += d
print(d)


def iadd_int():
    e = deque()
    e += 5


def imul_float():
    e = deque([1])
    e *= 1.5


attempt("+= int", iadd_int)
attempt("*= float", imul_float)

# repr and str
d = deque([1, "two", 3.0, None, (4,)])
print(repr(d), str(d), f"{d}", "%s" % (d,))
print(repr(deque([], maxlen=2)), repr(deque("ab", maxlen=5)))
r = deque([1])
r.append(r)
print(r)
r2 = deque([1], maxlen=4)
r2.append([r2])
print(r2)
print(repr(deque([deque([1]), deque([2], maxlen=1)])))

# type, isinstance
d = deque()
print(type(d).__name__, type(d), isinstance(d, deque), deque.__name__, deque.__module__, type(d) is deque)
print(isinstance([], deque), isinstance(d, object))
attempt("descriptor", lambda: deque.append(5, 1))
print(d.append.__name__)


# subclassing
class Stack(deque):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), isinstance(s, deque), type(s).__name__, s.maxlen)
s.label = "named"
print(s.label, list(s), list(reversed(s)), 2 in s, s == deque([1, 2, 3]), s + deque([4]))
print(type(s.copy()).__name__, s.copy(), type(s * 2).__name__, type(s + deque()).__name__)


class Bounded(deque):
    def __init__(self, items, size):
        super().__init__(items, maxlen=size)
        self.size = size

    def __repr__(self):
        return "Bounded(%s/%d)" % (list(self), self.size)


b = Bounded(range(5), 3)
print(b, b.maxlen, b.size, len(b))
b.append(9)
print(b, repr(b), str([b]))
attempt("Bounded copy", lambda: b.copy())


class Logged(deque):
    def __len__(self):
        return 42

    def __getitem__(self, i):
        return "item %r" % (i,)

    def __iter__(self):
        yield "custom"

    def __contains__(self, x):
        return x == "magic"


lg = Logged([1, 2])
print(len(lg), lg[0], lg["key"], list(lg), "magic" in lg, 1 in lg, bool(lg), deque.__len__(lg))
print(deque.__iter__(lg).__next__(), deque.__getitem__(lg, 1), deque.__contains__(lg, 2), sorted(lg))


class Hashable(deque):
    def __hash__(self):
        return 7


print(hash(Hashable()), len({Hashable(): 1}))


class Truthy(deque):
    def __bool__(self):
        return True


print(bool(Truthy()), bool(Stack()), bool(Stack([0])))

# asyncio-style waiter queue
waiters = deque()
for i in range(5):
    waiters.append("w%d" % i)
for w in waiters:
    if w == "w2":
        break
waiters.remove("w0")
waiters.remove("w3")
print(waiters, waiters[0], len(waiters))
while waiters:
    print("wake", waiters.popleft())
