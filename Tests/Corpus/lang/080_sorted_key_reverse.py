nums = [5, 2, 9, 1, 5, 6]
print(sorted(nums))
print(sorted(nums, reverse=True))
print(nums)
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
people = [("ann", 30), ("bob", 25), ("cy", 30), ("di", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted("hello"))
print(sorted({"b": 1, "a": 2}))
print(sorted([3.5, 1, 2.25, -1]))
nums.sort(key=lambda n: n % 3)
print(nums)
