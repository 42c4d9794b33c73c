import sys
from __future__ import annotations


def f(x: int) -> int:
    return x


print(f(1), sys.version_info >= (3, 11))
