matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 1])
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
flat = [x for row in matrix for x in row]
print(flat)
print([[x * y for x in range(1, 4)] for y in range(1, 4)])
pairs = [(a, b) for a in range(4) for b in range(a, 4) if (a + b) % 3 == 0]
print(pairs)
grid = {(r, c): r * 3 + c for r in range(2) for c in range(3)}
print(grid)
print({k: [v for v in range(k)] for k in range(4)})
words = ["hi", "yo"]
print([ch for w in words for ch in w])
