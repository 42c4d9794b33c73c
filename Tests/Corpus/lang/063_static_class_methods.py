class Temperature:
    scale = "C"

    def __init__(self, degrees):
        self.degrees = degrees

    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.scale}"

print(Temperature.c_to_f(100))
t = Temperature.from_f(212)
print(t.degrees, type(t).__name__)
print(t.c_to_f(0))
print(Temperature.describe())

class Kelvin(Temperature):
    scale = "K"

k = Kelvin.from_f(32)
print(type(k).__name__, k.degrees, Kelvin.describe())
