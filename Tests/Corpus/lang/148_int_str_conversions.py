n = 1234
print(str(n), repr(n), len(str(n)), str(n)[::-1])
print(int(str(n)[::-1]))
digits = [int(d) for d in str(2 ** 20)]
print(digits, sum(digits))
print(str(-0), str(10 ** 3), str(1_000))
print(int("007"), int("-0"), str(0x10))
print(hex(-1), bin(-8), oct(0))
print(format(1234, "b"), format(-10, "x"))
print(int("  12\n"), int("1" * 20))
print(str(1.0), str(1e20), str(1e-3), str(-2.5))
print(str(True) + str(None))
