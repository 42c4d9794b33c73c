lst = [3, 1, 4, 1, 5, 9, 2, 6]
print(lst.index(1), lst.index(1, 2), lst.count(1), lst.count(7))
c = lst.copy()
lst.sort()
print(lst, c)
lst.sort(reverse=True)
print(lst)
lst.reverse()
print(lst)
words = ["bb", "a", "ccc"]
words.sort(key=len)
print(words)
print(c.sort(), c)
c.clear()
print(c, len(c))
try:
    lst.index(42)
except ValueError as e:
    print("ValueError:", e)
nested = [[2, "b"], [1, "a"], [2, "a"]]
nested.sort()
print(nested)
del lst[0]
del lst[-2:]
print(lst)
