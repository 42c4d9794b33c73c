def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    return [[sum(a[i][k] * b[k][j] for k in range(inner)) for j in range(cols)] for i in range(rows)]

def transpose(m):
    return [list(row) for row in zip(*m)]

a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
print(matmul(a, b))
print(transpose([[1, 2, 3], [4, 5, 6]]))
identity = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
for row in identity:
    print(" ".join(str(x) for x in row))
m = [[2, 0], [0, 2]]
power = [[1, 0], [0, 1]]
for _ in range(10):
    power = matmul(power, m)
print(power)
print(max(max(row) for row in matmul(a, a)))
