grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
good = [[0] * 3 for _ in range(3)]
good[0][0] = 1
print(good)
a = [1, 2, 3]
b = a
c = a[:]
d = list(a)
a.append(4)
print(a, b, c, d)
def modify(lst):
    lst.append("modified")
    lst = ["rebound"]
    return lst
orig = ["x"]
ret = modify(orig)
print(orig, ret)
t = ([1], [2])
t[0].append(99)
print(t)
try:
    t[0] += [100]
except TypeError as e:
    print("TypeError:", e)
print(t)
