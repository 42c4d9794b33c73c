def min_max(values):
    return min(values), max(values)
lo, hi = min_max([4, 1, 9, 7])
print(lo, hi)
r = min_max([2, 3])
print(r, type(r).__name__)
def stats(nums):
    n = len(nums)
    mean = sum(nums) / n
    return n, mean, [x - mean for x in nums]
print(stats([1, 2, 3, 6]))
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            return i
    return -1
print(find("hello", "l"), find("hello", "z"))
def nested_return(x):
    if x > 0:
        if x > 10:
            return "big"
        return "small"
    return "non-positive"
print(nested_return(20), nested_return(5), nested_return(0))
