items = ["a", "b", "c", "d"]
print(items[-1], items[-2], items[-4])
print("hello"[-1], (1, 2, 3)[-3])
try:
    items[-5]
except IndexError as e:
    print("IndexError:", e)
items[-1] = "D"
print(items)
del items[-2]
print(items)
print(items.pop(-1), items)
matrix = [[1, 2], [3, 4]]
print(matrix[-1][-1])
print(range(10)[-2])
