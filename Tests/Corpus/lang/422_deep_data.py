# Containers nested far deeper than the recursion limit: repr, str, ==, < and format
# raise RecursionError with CPython's message; freeing them works.
def nest(n, make):
    x = make(0)
    for _ in range(n):
        x = make(x)
    return x

kinds = [("list", lambda x: [x]), ("tuple", lambda x: (x,)), ("dict", lambda x: {1: x})]
for name, make in kinds:
    a = nest(30000, make)
    b = nest(30000, make)
    ops = [("repr", repr), ("str", str), ("==", lambda v: v == b), ("!=", lambda v: v != b),
           ("format", lambda v: f"{v}"), ("print", lambda v: print(v)), ("in", lambda v: v in [b])]
    if name != "dict":
        ops.append(("<", lambda v: v < b))
    for op, f in ops:
        try:
            f(a)
            print(name, op, "ok")
        except RecursionError as e:
            print(name, op, type(e).__name__, e)

# Shallow nesting is fine.
print(repr(nest(50, lambda x: [x]))[:10], nest(50, lambda x: (x,)) == nest(50, lambda x: (x,)))
print(hash(nest(20, lambda x: (x,))) == hash(nest(20, lambda x: (x,))))


class Node:
    def __init__(self, nxt):
        self.nxt = nxt


chain = None
for i in range(200000):
    chain = Node(chain)
deep = []
for i in range(50000):
    deep = [deep]
mixed = {}
for i in range(20000):
    mixed = {"k": mixed, "t": (mixed, [mixed])}
del chain
print("freed the chain")
deep = None
print("freed the list")
mixed = 0
print("freed the dict")
keep = [[[]]]
for i in range(30000):
    keep = [keep]
print("exit with deep data alive")
