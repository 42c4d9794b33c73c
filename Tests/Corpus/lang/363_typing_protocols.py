# typing.Protocol: structural isinstance/issubclass for @runtime_checkable protocols, refused
# for the others, as CPython does
from typing import Protocol, runtime_checkable, Iterable

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...

@runtime_checkable
class Named(Protocol):
    name: str

class File:
    def close(self):
        print("closed")

class Person:
    def __init__(self, name):
        self.name = name

class Drawable(Protocol):
    def draw(self) -> str: ...

class Circle:
    def draw(self):
        return "circle"

class Square(Drawable):
    def draw(self):
        return "square"

def render(shapes: Iterable[Drawable]) -> list:
    return [s.draw() for s in shapes]

print(isinstance(File(), Closable), isinstance(3, Closable), isinstance(Person('a'), Named), isinstance(File(), Named))
print(issubclass(File, Closable), issubclass(int, Closable), render([Circle(), Square()]))
try:
    isinstance(Circle(), Drawable)
except TypeError as e:
    print("TypeError", e)
for obj in [File(), "text"]:
    if isinstance(obj, Closable):
        obj.close()
    else:
        print("not closable:", obj)
