class Range2D:
    def __init__(self, rows, cols):
        self.rows = rows
        self.cols = cols
    def __iter__(self):
        for r in range(self.rows):
            for c in range(self.cols):
                yield (r, c)
    def __len__(self):
        return self.rows * self.cols
    def __repr__(self):
        return f"Range2D({self.rows}x{self.cols})"

grid = Range2D(2, 3)
print(grid, len(grid))
print(list(grid))
print([r * 10 + c for r, c in grid])
print((1, 2) in grid, (5, 5) in grid)
it = iter(grid)
print(next(it), next(it))
print(sum(1 for _ in grid), max(grid), sorted(grid, reverse=True)[:2])

class LinkedList:
    def __init__(self, *values):
        self.head = None
        for v in reversed(values):
            self.head = (v, self.head)
    def __iter__(self):
        node = self.head
        while node is not None:
            yield node[0]
            node = node[1]
print(list(LinkedList(1, 2, 3)), list(LinkedList()))
