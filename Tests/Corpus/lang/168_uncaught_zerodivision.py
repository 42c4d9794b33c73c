def ratio(a, b):
    return a / b

pairs = [(10, 2), (9, 3), (1, 0)]
for a, b in pairs:
    print(a, "/", b, "=", ratio(a, b))
