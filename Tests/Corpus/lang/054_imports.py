import time
import random
import math
import sys
import functools
from math import sqrt, pi as PI
from functools import reduce as fold
import math as m
from time import sleep
print(sqrt(16), round(PI, 4))
print(m.floor(2.7), math.ceil(2.1))
print(fold(lambda a, b: a * b, [1, 2, 3, 4]))
print(type(time.time()).__name__)
sleep(0)
random.seed(1)
print(random.randint(1, 100))
print(functools.reduce(lambda a, b: a + b, "abc"))
print(sys.maxsize > 2 ** 31)
print(m is math)
