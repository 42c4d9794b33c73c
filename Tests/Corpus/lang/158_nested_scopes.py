x = "global"
def outer():
    x = "enclosing"
    def inner():
        print("inner sees", x)
    inner()
    def shadow():
        x = "local"
        print("shadow sees", x)
    shadow()
    print("outer still", x)
outer()
print("module still", x)
def make_ops():
    ops = {}
    for name, f in [("add", lambda a, b: a + b), ("mul", lambda a, b: a * b)]:
        ops[name] = f
    return ops
ops = make_ops()
print(ops["add"](2, 3), ops["mul"](2, 3))
def counter_pair():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter_pair()
inc(); inc()
print(get())
y = 1
def read_global():
    return y + 1
y = 10
print(read_global())
