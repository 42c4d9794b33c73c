class Dog:
    def __init__(self, name, age):
        self.name = name
        self.age = age

    def bark(self):
        return f"{self.name} says woof"

    def birthday(self):
        self.age += 1
        return self.age

d = Dog("Rex", 3)
print(d.bark())
print(d.birthday(), d.age)
e = Dog("Fido", 1)
print(e.name, e.age)
print(type(d).__name__, isinstance(d, Dog))
method = d.bark
print(method())
print(Dog.bark(e))
d.color = "brown"
print(d.color)
print(hasattr(d, "color"), hasattr(e, "color"))
print(getattr(e, "missing", "default"))
setattr(e, "age", 10)
print(e.age)
