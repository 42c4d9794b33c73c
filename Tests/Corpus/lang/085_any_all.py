print(any([]), all([]))
print(any([0, "", None]), any([0, 1]))
print(all([1, "a", [0]]), all([1, 0]))
nums = [2, 4, 6, 7]
print(all(n % 2 == 0 for n in nums), any(n > 6 for n in nums))
def check(x):
    print("checking", x)
    return x > 1
print(any(check(x) for x in [0, 1, 2, 3]))
print(all(check(x) for x in [5, 0, 9]))
