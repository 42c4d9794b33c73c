# source: https://docs.python.org/3.11/tutorial/classes.html (Class and Instance Variables); changes: doctest prompts removed; each value the session echoes is printed with print(repr(...))
class Dog:

    kind = 'canine'         # class variable shared by all instances

    def __init__(self, name):
        self.name = name    # instance variable unique to each instance

d = Dog('Fido')
e = Dog('Buddy')
print(repr(d.kind))                  # shared by all dogs
print(repr(e.kind))                  # shared by all dogs
print(repr(d.name))                  # unique to d
print(repr(e.name))                  # unique to e

class Dog:

    tricks = []             # mistaken use of a class variable

    def __init__(self, name):
        self.name = name

    def add_trick(self, trick):
        self.tricks.append(trick)

d = Dog('Fido')
e = Dog('Buddy')
d.add_trick('roll over')
e.add_trick('play dead')
print(repr(d.tricks))                # unexpectedly shared by all dogs

class Dog:

    def __init__(self, name):
        self.name = name
        self.tricks = []    # creates a new empty list for each dog

    def add_trick(self, trick):
        self.tricks.append(trick)

d = Dog('Fido')
e = Dog('Buddy')
d.add_trick('roll over')
e.add_trick('play dead')
print(repr(d.tricks))
print(repr(e.tricks))
