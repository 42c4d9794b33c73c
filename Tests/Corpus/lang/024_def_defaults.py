def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bo", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di"))
def power(base, exp=2):
    return base ** exp
print(power(3), power(2, 10), power(exp=3, base=2))
default_list = [1]
def uses_default(x=len(default_list)):
    return x
default_list.append(2)
print(uses_default())
def no_return():
    pass
print(no_return())
def early(n):
    if n < 0:
        return
    return n * 2
print(early(-1), early(4))
