class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]
class B(A):
    def chain(self):
        return ["B"] + super().chain()
class C(B):
    def who(self):
        return "C via " + super().who()
    def chain(self):
        return ["C"] + super().chain()
c = C()
print(c.who(), c.chain())
print([cls.__name__ for cls in C.__mro__])
print(isinstance(c, A), issubclass(C, A), issubclass(A, C))
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement")
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
for shape in [Square(3), Shape()]:
    try:
        print(type(shape).__name__, shape.area())
    except NotImplementedError as e:
        print(type(shape).__name__, "NotImplementedError:", e)
