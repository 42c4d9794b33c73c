from functools import partial
def power(base, exponent):
    return base ** exponent
square = partial(power, exponent=2)
cube = partial(power, exponent=3)
print(square(5), cube(2))
two_to = partial(power, 2)
print(two_to(10), two_to(exponent=3))
def greet(greeting, name, punct="!"):
    return f"{greeting}, {name}{punct}"
hello = partial(greet, "Hello")
print(hello("Ann"), hello("Bo", punct="?"))
print(square.func is power, square.keywords, two_to.args)
print(list(map(partial(int, base=2), ["101", "11"])))
