from __future__ import annotations
from dataclasses import dataclass, field
from typing import Optional, ClassVar


@dataclass
class Node:
    value: int
    children: list[Node] = field(default_factory=list)
    parent: Optional[Node] = None
    count: ClassVar[int] = 0
    label: 'str | None' = None


def f(x: dict[str, int | None], *args: int, y: tuple[int, ...] = (), **kw: Node) -> Node | None:
    return None


n = Node(1, [Node(2)])
print(n)
print(Node.__annotations__)
print(f.__annotations__)
x: list[int] = [1]
print(__annotations__)
