a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = [6, 7]
print(f, g)
h, i, j = "xyz"
print(h, i, j)
for k, v in [("one", 1), ("two", 2)]:
    print(k, v)
for idx, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(idx, x, y)
t = 1, 2, 3
print(t, type(t).__name__)
single = 9,
print(single)
(m,) = [10]
print(m)
x, y = divmod(17, 5)
print(x, y)
nums = [1, 2]
nums[0], nums[1] = nums[1], nums[0]
print(nums)
