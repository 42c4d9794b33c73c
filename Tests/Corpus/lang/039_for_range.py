print(list(range(5)))
print(list(range(2, 8)))
print(list(range(0, 20, 5)))
print(list(range(10, 0, -3)))
print(list(range(5, 5)))
print(list(range(-3, 3)))
print(len(range(0, 100, 7)))
r = range(1, 10, 2)
print(r, r[0], r[-1], r[1:3])
print(7 in r, 8 in r)
for i in range(3):
    print("iteration", i)
total = 0
for i in range(1, 101):
    total += i
print(total)
print(sum(range(10)), max(range(10)), min(range(3, 9)))
print(list(reversed(range(4))))
print(range(3) == range(0, 3))
