# Attributes read through classes and instances at the same sites, after class namespace changes.
class A:
    x = 1
    @staticmethod
    def s(): return "static"
    @classmethod
    def c(cls): return cls.__name__
    def m(self): return "m"
class B(A):
    y = 2
objs = [A, B, A(), B(), A, B]
for o in objs:
    print(o.x, o.s(), o.c(), getattr(o, "y", None))
for o in [A, B]:
    print(o.m(o()) if isinstance(o, type) else o.m())
A.x = 10
print(B.x, A.x, B().x)
del A.x
try:
    print(B.x)
except AttributeError as e:
    print("AttributeError", e)
B.x = 5
print(B.x, B().x)
print(int.from_bytes(b"\x01\x00", "big"), str.upper("a"), A.__name__, B.__mro__[1].__name__)
for i in range(3):
    print(A.s(), B.c(), A.m(A()))
