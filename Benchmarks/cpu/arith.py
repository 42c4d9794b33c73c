# CPU: integer arithmetic in a tight loop (local variables, small ints).
def run(n):
    total = 0
    for i in range(n):
        total += i * 2 % 7
    return total


print("arith", run(3_000_000))
