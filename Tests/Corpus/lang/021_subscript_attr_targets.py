lst = [0, 0, 0]
lst[0] = 10
lst[-1] = 30
print(lst)
d = {}
d["x"] = 1
d["y"] = d["x"] + 1
d[(1, 2)] = "tuple key"
print(d)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] = 5
print(grid)
class Box:
    pass
b = Box()
b.value = 3
b.items = []
b.items.append("a")
print(b.value, b.items)
b.value += 1
print(b.value)
inner = Box()
b.child = inner
b.child.name = "nested"
print(inner.name)
lst[1:2] = [7, 8, 9]
print(lst)
nested = {"a": {"b": [1, 2]}}
nested["a"]["b"][0] = 100
print(nested)
