def count_up(n):
    print("generator started")
    i = 0
    while i < n:
        yield i
        i += 1
    print("generator finished")

g = count_up(3)
print("created")
print(next(g))
print(next(g))
for x in g:
    print("loop got", x)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(10)])
print(list(count_up(2)))
print(sum(count_up(5)))
def pairs(s):
    for i in range(len(s) - 1):
        yield s[i], s[i + 1]
print(list(pairs("abcd")))
