class A:
    def f(self): pass
    def g(self): pass
    @classmethod
    def c(cls): pass
a, b = A(), A()
print(a.f == a.f, a.f != a.f, a.f == b.f, a.f == a.g, a.f is a.f, A.c == A.c)
print(hash(a.f) == hash(a.f), len({a.f, a.f, b.f}))
l = []
print(l.append == l.append, l.append == [].append, l.append == l.extend)
cbs = [a.f, b.f]
cbs.remove(a.f)
print(len(cbs), cbs[0] == b.f, a.f in cbs, b.f in cbs)
print({a.f: 1}[a.f])
