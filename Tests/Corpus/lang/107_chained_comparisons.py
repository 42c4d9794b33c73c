x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5, 5 == x == 5.0)
print(1 < 2 < 3 < 4, 1 < 3 < 2)
def val(n):
    print("eval", n)
    return n
print(val(1) < val(2) < val(3))
print(val(3) < val(2) < val(1))
a, b, c = 1, 1, 2
print(a == b != c, a == b < c)
print("a" < "b" < "c", [1] < [2] <= [2])
