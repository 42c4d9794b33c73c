# CPU: attribute access -- instance attributes, class attributes, read and write.
class Point:
    scale = 3
    offset = 7

    def __init__(self, x, y):
        self.x = x
        self.y = y


def run(n):
    pts = [Point(i, -i) for i in range(100)]
    acc = 0
    for i in range(n):
        p = pts[i % 100]
        p.x = p.x + Point.scale
        p.y = p.y - p.offset
        acc += p.x + p.y + p.scale
    return acc, sum(p.x for p in pts), sum(p.y for p in pts)


print("attrs", run(1_600_000))
