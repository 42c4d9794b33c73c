import heapq
import random
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nsmallest, nlargest


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# push / pop order and the exact heap layout
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 5, 0]:
    heappush(h, x)
    print("push", x, h)
print([heappop(h) for _ in range(len(h))], h)

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 4, 7]
heapify(data)
print("heapify", data)
print(heapreplace(data, 10), data)
print(heappushpop(data, -1), data)
print(heappushpop(data, 6), data)
print(heappushpop([], 3))
print(heapq.heappop([42]))

# a large heapify takes CPython's other traversal order; the result is the same heap
rng = random.Random(11)
big = [rng.randrange(1000) for _ in range(3000)]
ref = list(big)
heapify(big)
print("big heap ok", all(big[i] <= big[c] for i in range(len(big)) for c in (2 * i + 1, 2 * i + 2) if c < len(big)))
print(big[:12], big[-5:])
out = [heappop(big) for _ in range(3000)]
print(out == sorted(ref), out[:5], out[-5:])

# equal items come out in CPython's order (the sift order decides)
class Job:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        return self.priority < other.priority

    def __repr__(self):
        return "%s:%d" % (self.name, self.priority)


jobs = []
for i, p in enumerate([2, 1, 2, 1, 3, 1, 2, 3, 1, 2]):
    heappush(jobs, Job(p, "j%d" % i))
print(jobs)
print([heappop(jobs) for _ in range(len(jobs))])
js = [Job(p, "k%d" % i) for i, p in enumerate([3, 1, 2, 1, 3, 2, 1])]
heapify(js)
print(js)
print(heapreplace(js, Job(1, "new")), js)
print(heappushpop(js, Job(1, "pp")), heappushpop(js, Job(5, "big")), js)

# comparisons are counted and logged in order
log = []


class Traced:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return "T%d" % self.v


t = [Traced(v) for v in [4, 1, 3, 1, 5, 9, 2, 6]]
heapify(t)
print(t, log)
log.clear()
heappush(t, Traced(0))
print(log)
log.clear()
print(heappop(t), log)

# tuples: priority then insertion counter, as asyncio/gevent priority queues use
pq = []
for n, (prio, what) in enumerate([(2, "b"), (1, "a"), (2, "c"), (1, "d"), (0, "e")]):
    heappush(pq, (prio, n, what))
print(pq, [heappop(pq)[2] for _ in range(len(pq))])

# errors
attempt("pop empty", lambda: heappop([]))
attempt("replace empty", lambda: heapreplace([], 1))
attempt("pop tuple", lambda: heappop((1,)))
attempt("push tuple", lambda: heappush((1,), 2))
attempt("push int", lambda: heappush(5, 2))
attempt("heapify tuple", lambda: heapify((1,)))
attempt("replace tuple", lambda: heapreplace((1,), 1))
attempt("pushpop tuple", lambda: heappushpop((1,), 1))
attempt("push one arg", lambda: heappush([]))
attempt("push three args", lambda: heappush([], 1, 2))
attempt("push keywords", lambda: heappush(heap=[], item=1))
attempt("heapify none", lambda: heapify())
attempt("pop none", lambda: heappop())
attempt("replace one arg", lambda: heapreplace([1]))
attempt("mixed types", lambda: heappush([1], "a"))
attempt("uncomparable", lambda: heapify([{}, {}, {}]))
h = [3, 1]
attempt("mixed pushpop", lambda: heappushpop([1], "x"))


class Grower:
    def __init__(self, v, heap):
        self.v = v
        self.heap = heap

    def __lt__(self, other):
        self.heap.append(0)
        return True


g = []
g.append(Grower(1, g))
attempt("changed size", lambda: heappush(g, Grower(0, g)))


class Sub(list):
    pass


s = Sub([5, 2, 8, 1])
heapify(s)
heappush(s, 0)
print(type(s).__name__, s, heappop(s), s)

# nsmallest / nlargest
nums = [5, 1, 8, 3, 9, 2, 7, 3, 1, 8]
for n in (-1, 0, 1, 2, 3, 5, 10, 12):
    print(n, nsmallest(n, nums), nlargest(n, nums), nsmallest(n, iter(nums)), nlargest(n, iter(nums)))
words = ["pear", "fig", "banana", "kiwi", "apple", "date", "plum", "cherry"]
print(nsmallest(3, words, key=len), nlargest(3, words, key=len))
print(nsmallest(3, iter(words), key=len), nlargest(3, iter(words), key=len))
print(nsmallest(1, words, key=len), nlargest(1, words, key=len), nsmallest(1, []), nlargest(1, iter([])))
print(nsmallest(2, [], key=len), nlargest(2, iter([])), nsmallest(4, words, key=None))
print(heapq.nlargest(2, {"a": 3, "b": 1, "c": 2}), heapq.nsmallest(2, range(100, 0, -7)))
print(nsmallest(n=2, iterable=[4, 2, 3]), nlargest(2, [1, 5, 3], lambda x: -x), nsmallest(1.0, [3, 1, 2]))
attempt("float n sized", lambda: nsmallest(3.0, [3, 1, 2]))
attempt("float n smaller", lambda: nsmallest(2.0, [3, 1, 2]))
pairs = [(1, "x"), (0, "y"), (1, "a"), (0, "b"), (2, "c"), (1, "m")]
print(nsmallest(3, iter(pairs), key=lambda p: p[0]), nlargest(3, iter(pairs), key=lambda p: p[0]))
print(nsmallest(4, pairs, key=lambda p: p[0]), nlargest(4, pairs, key=lambda p: p[0]))
ties = [Job(1, "a"), Job(0, "b"), Job(1, "c"), Job(0, "d"), Job(1, "e"), Job(2, "f")]
print(nsmallest(3, iter(ties), key=lambda j: j.priority), nlargest(3, iter(ties), key=lambda j: j.priority))
randoms = [rng.randrange(50) for _ in range(200)]
print(nsmallest(7, iter(randoms)) == sorted(randoms)[:7], nlargest(7, iter(randoms)) == sorted(randoms, reverse=True)[:7])
print(nsmallest(7, iter(randoms), key=lambda v: v % 10), nlargest(7, iter(randoms), key=lambda v: v % 10))
attempt("nsmallest missing", lambda: nsmallest(2))
attempt("nsmallest missing both", lambda: nsmallest())
attempt("nsmallest too many", lambda: nsmallest(2, [1], None, 4))
attempt("nsmallest bad keyword", lambda: nsmallest(2, [1], reverse=True))
attempt("nsmallest twice", lambda: nsmallest(2, [1], n=3))
attempt("nsmallest key int", lambda: nsmallest(2, [3, 1, 2], 5))
attempt("nsmallest not iterable", lambda: nsmallest(2, 5))
attempt("nlargest not iterable", lambda: nlargest(2, 5))
attempt("nsmallest float n", lambda: nsmallest(2.5, iter([1, 2, 3])))
attempt("nlargest float n", lambda: nlargest(2.5, [1, 2, 3]))
attempt("nlargest str n", lambda: nlargest("a", [1, 2, 3]))
attempt("nsmallest uncomparable", lambda: nsmallest(2, iter([1, "a", 2])))
print(heapq.heappush.__name__, heapq.nlargest.__name__, sorted(heapq.__all__))

# merge
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print(list(heapq.merge([7, 5, 3], [8, 4, 0], reverse=True)), list(heapq.merge()), list(heapq.merge([2, 1])))
print(list(heapq.merge(iter([1, 9]), (x for x in [3, 4]), "")), list(heapq.merge([3, 1], [2], key=lambda v: 0)))
print(list(heapq.merge([Job(1, "a"), Job(2, "b")], [Job(1, "c"), Job(2, "d")], [Job(0, "e")])))
print(list(heapq.merge(["aa", "b"], ["c", "ddd"], key=len, reverse=False)), list(heapq.merge([5, 1], [4, 2], key=lambda v: v, reverse=True)))
m = heapq.merge([1], 5)
print(type(m).__name__)
attempt("merge not iterable", lambda: next(m))
attempt("merge uncomparable", lambda: list(heapq.merge([1], ["a"])))
