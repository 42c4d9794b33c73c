tests = [
    lambda: [1, 2, 3][3],
    lambda: "abc"[10],
    lambda: (1,)[1],
    lambda: [].pop(),
    lambda: [1].pop(5),
    lambda: range(3)[5],
]
for t in tests:
    try:
        t()
    except IndexError as e:
        print("IndexError:", e)
lst = [1]
try:
    lst[2] = 5
except IndexError as e:
    print("IndexError:", e)
print([1, 2][5:], "safe slicing")
