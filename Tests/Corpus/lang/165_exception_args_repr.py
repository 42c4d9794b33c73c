errors = [
    ValueError("bad"),
    KeyError("key"),
    TypeError("t", 1),
    RuntimeError(),
    ZeroDivisionError("division by zero"),
    IndexError(3),
    Exception("generic", [1, 2]),
]
for e in errors:
    print(type(e).__name__, "| str:", str(e), "| repr:", repr(e), "| args:", e.args)
class MyErr(Exception):
    pass
print(repr(MyErr("x")), str(MyErr()), MyErr("a", "b").args)
try:
    raise ValueError
except ValueError as e:
    print("raised class:", repr(e))
