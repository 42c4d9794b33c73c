# Attributes stored on exceptions and functions at the same sites; __init__/__new__ after a class change.
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
errs = []
for i in range(3):
    try:
        raise E("m%d" % i, i)
    except E as e:
        e.note = i * 2
        errs.append(e)
print([(str(e), e.code, e.note, e.args) for e in errs])
for e in errs:
    e.args = ("changed",)
    e.__cause__ = ValueError("c")
    print(e.args, repr(e.__cause__), e.__suppress_context__)
def f(): pass
for name in ["a", "b"]:
    f.__doc__ = "doc " + name
    f.tag = name
    print(f.__doc__, f.tag)
class P:
    def __new__(cls, *a):
        print("new", cls.__name__)
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
for i in range(2):
    print(P(i).v)
P.__init__ = lambda self, v: setattr(self, "v", v * 10)
print(P(3).v)
