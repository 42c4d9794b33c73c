def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1())
print(c2())

def make_multiplier(factor):
    def multiply(x):
        return x * factor
    return multiply

double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5))

def outer():
    msg = "outer value"
    def inner():
        return msg
    msg = "changed before call"
    return inner
print(outer()())

adders = []
for i in range(3):
    def adder(x, i=i):
        return x + i
    adders.append(adder)
print([a(100) for a in adders])
