count: int = 0
name: str = "annotated"
ratio: float
ratio = 0.5
items: list = [1, 2]
print(count, name, ratio, items)
def add(a: int, b: int = 2) -> int:
    total: int = a + b
    return total
print(add(1), add(1, 5))
class Point:
    x: int = 0
    y: int = 0
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y
p = Point(3, 4)
print(p.x, p.y, Point.x)
value: "str" = 5
print(value)
