def show(*args, **kwargs):
    print("args =", args)
    print("kwargs =", kwargs)
show()
show(1, 2, 3)
show(a=1, b="two")
show(1, "x", key=None)
def mixed(a, b=0, *rest, flag=False, **opts):
    return (a, b, rest, flag, opts)
print(mixed(1))
print(mixed(1, 2, 3, 4))
print(mixed(1, flag=True, extra=5))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(*range(5)))
params = {"a": 10, "b": 20}
print(mixed(**params))
def passthrough(*args, **kwargs):
    return mixed(*args, **kwargs)
print(passthrough(5, 6, 7, flag=1))
