import math
print(math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024))
print(math.log(1), math.exp(0), math.exp(1), math.exp(2))
print(math.log(8, 2), math.log(10))
print(math.sin(0), math.cos(0), math.tan(0))
print(math.sin(math.pi / 2), math.cos(math.pi), math.sin(math.pi))
print(round(math.sin(math.pi / 6), 10), round(math.cos(math.pi / 3), 10))
print(math.sqrt(math.exp(2)))
print(f"{math.exp(-1):.6f} {math.log(2):.6f}")
