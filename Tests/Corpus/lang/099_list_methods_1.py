lst = [1, 2]
lst.append(3)
print(lst)
lst.extend([4, 5])
lst.extend("ab")
print(lst)
lst.insert(0, "start")
lst.insert(100, "end")
lst.insert(-1, "before end")
print(lst)
lst.remove("a")
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2))
print(lst)
try:
    lst.remove("zzz")
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
a = [1]
a.append(a[:])
print(a)
