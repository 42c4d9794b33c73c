print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(7.5, 2), divmod(-7.5, 2))
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-8, 2))
print(pow(3, 4, 5), pow(7, 100, 13), pow(-3, 3, 7))
print(2 ** 0.5, 4 ** 0.5, (-8) ** 2, -8 ** 2)
print(0 ** 0, 10 ** 0, 1.5 ** 2)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
