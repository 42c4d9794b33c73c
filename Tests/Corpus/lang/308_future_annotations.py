"""from __future__ imports and annotations everywhere they are legal."""
from __future__ import annotations
from __future__ import division, generator_stop

import __future__


print(__future__.annotations)
print(__future__.annotations.getOptionalRelease(), __future__.annotations.getMandatoryRelease())
print(__future__.division.compiler_flag == __future__.CO_FUTURE_DIVISION)
print(sorted(__future__.all_feature_names)[:3])

count: int = 0
names: list[str]
pairs: dict[str, tuple[int, ...]] = {"a": (1, 2)}


class Node:
    value: int
    children: list[Node] = []
    parent: Node | None = None

    def __init__(self, value: int, *rest: int, label: str = "", **extra: object) -> None:
        self.value: int = value
        self.label: str = label

    def add(self, child: Node) -> Node:
        self.children.append(child)
        return self


def total(nodes: list[Node], start: float = 0.0) -> float:
    acc: float = start
    for n in nodes:
        acc += n.value
    return acc


lam = lambda x: x * 2
n = Node(3, label="three")
print(total([n, Node(4)]), n.label, lam(count + 1))
print("names defined:", "names" in globals(), "count defined:", "count" in globals())
print(__name__)
print(__file__.startswith("/"), __file__.rsplit("/", 1)[-1])
