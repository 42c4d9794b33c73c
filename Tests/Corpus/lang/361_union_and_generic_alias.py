# PEP 604 unions (int | None) and PEP 585 generic aliases (list[int]) in annotations,
# isinstance and typing's introspection
from typing import Union, Optional, get_args, get_origin, List
import typing
print(int | None, int | str | None, int | int, type(int | str), (int | str).__args__, None | int)
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.5, int | str), issubclass(bool, int | str))
def f(x: int | None = None) -> list[int] | None:
    return [x] if x else None
print(f.__annotations__, f(2), get_args(int | str), get_origin(int | str), Union[int | str, float], Optional[int | str])
class A: pass
print(A | None, A | int | A, List[int] | None, int | List[str])
try:
    int | 3
except TypeError as e:
    print(e)
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int], set[str] | None, list[int]([1, 2]), list[int].__origin__, dict[str, int].__args__)
class MyList(list[int]):
    pass
print(MyList([1]), MyList.__mro__[1])
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
try:
    int[str]
except TypeError as e:
    print(e)
from collections import deque
print(deque[int])
