def recurse(n):
    return recurse(n + 1)

try:
    recurse(0)
except RecursionError as e:
    print("RecursionError caught:", e)

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(500))
print(isinstance(RecursionError(), RuntimeError))

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(50))
