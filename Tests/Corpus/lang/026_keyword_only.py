def f(a, *, b, c=3):
    return a + b + c
print(f(1, b=2))
print(f(1, c=10, b=2))
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
def g(*args, sep=", "):
    return sep.join(str(a) for a in args)
print(g(1, 2, 3))
print(g(1, 2, sep="-"))
def config(name, *, debug=False, level=1):
    return f"{name}: debug={debug} level={level}"
print(config("app"))
print(config("app", level=3, debug=True))
