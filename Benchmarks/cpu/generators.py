# CPU: generators and `yield from` -- in-order walk of a 100,000-node binary search tree,
# one recursive generator per node, 3 passes.
class Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


def build(lo, hi):
    # balanced tree over keys lo..hi-1
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    node = Node(mid * 7 % 100_003)
    node.left = build(lo, mid)
    node.right = build(mid + 1, hi)
    return node


def walk(node):
    if node.left is not None:
        yield from walk(node.left)
    yield node.key
    if node.right is not None:
        yield from walk(node.right)


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


root = build(0, 100_000)
total = 0
count = 0
for p in range(3):
    for k in evens(walk(root)):
        total = (total + k * (p + 1)) % 1_000_000_007
        count += 1
print("generators", count, total)
