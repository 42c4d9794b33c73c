class A:
    __x = 1
    def __init__(self):
        self.__y = 2
        self.__z__ = 3
    def __priv(self):
        return 'priv'
    def get(self, *, __k=5):
        __local = [self.__y for _ in range(1)]
        f = lambda: self.__priv()
        return self.__x, __local, f(), __k, self.__z__
    class __Inner:
        __w = 9
    class _B:
        __v = 1
print(hasattr(A, '_A__x'), hasattr(A, '__x'))
a = A()
print(sorted(k for k in vars(a)))
print(a.get())
print(a._A__priv())
print(A._A__Inner._Inner__w if hasattr(A, '_A__Inner') else 'no')
print(hasattr(A, '_A__Inner'), A._B._B__v)

class ___:
    __q = 1
print(hasattr(___, '__q'))
class B(A):
    __x = 10
    def show(self):
        return self.__x, self._A__x
print(B().show())
def f():
    class C:
        def m(self, __p):
            return __p
    return C().m(4)
print(f())
class D:
    __slots = 1
    print(__slots)
    def m(self):
        global __g
        __g = 5
D().m()
print(globals().get('_D__g'))
print(A._A__priv.__name__, A._A__priv.__qualname__)
print(D._D__slots, hasattr(D, '__slots'))
