a = b = c = 5
print(a, b, c)
b = 6
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
p, q = 1, 2
print(p, q)
i = j = k = "s"
print(i + j + k)
n = 0
n = n + 1
print(n)
first = second = third = 1 + 2 * 3
print(first, second, third)
