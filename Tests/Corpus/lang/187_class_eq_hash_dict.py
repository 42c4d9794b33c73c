class Color:
    def __init__(self, r, g, b):
        self.rgb = (r, g, b)
    def __eq__(self, other):
        return isinstance(other, Color) and self.rgb == other.rgb
    def __hash__(self):
        return hash(self.rgb)
    def __repr__(self):
        return "Color%r" % (self.rgb,)

red = Color(255, 0, 0)
names = {red: "red", Color(0, 255, 0): "green"}
print(names[Color(255, 0, 0)])
print(Color(0, 255, 0) in names, Color(0, 0, 255) in names)
unique = []
for c in [red, Color(255, 0, 0), Color(1, 2, 3)]:
    if c not in unique:
        unique.append(c)
print(unique)
print(len({red, Color(255, 0, 0)}))
print(red == (255, 0, 0), red != Color(255, 0, 0))
