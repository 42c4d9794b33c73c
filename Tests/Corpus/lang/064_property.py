class Circle:
    def __init__(self, radius):
        self._radius = radius

    @property
    def radius(self):
        print("getting radius")
        return self._radius

    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError("radius must be non-negative")
        print("setting radius to", value)
        self._radius = value

    @property
    def diameter(self):
        return self._radius * 2

c = Circle(5)
print(c.radius)
c.radius = 10
print(c.diameter)
try:
    c.radius = -1
except ValueError as e:
    print("ValueError:", e)
try:
    c.diameter = 3
except AttributeError as e:
    print("AttributeError:", e)
print(c.radius)
