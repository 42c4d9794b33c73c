def nothing():
    pass
result = nothing()
print(result, repr(result), type(result).__name__)
print(None == None, None is None, None == 0, None == "")
values = [3, None, 1, None]
print([v for v in values if v is not None])
print(values.count(None))
d = {"a": None}
print(d.get("a"), d.get("b"), "a" in d)
def maybe(x):
    return x * 2 if x is not None else None
print(maybe(4), maybe(None))
print(str(None), [None], {None: None})
x = print("print returns")
print(x)
