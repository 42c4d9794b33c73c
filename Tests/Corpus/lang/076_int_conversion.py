print(int("42"), int("  -17  "), int("+5"))
print(int("ff", 16), int("FF", 16), int("777", 8), int("1010", 2))
print(int("0x1f", 16), int("0b11", 0), int("0o17", 0), int("z", 36))
print(int(3.9), int(-3.9), int(True), int(False))
print(int("1_000"))
print(int(1e10))
for bad in ["3.5", "", "12a", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
print(int(), int("-0"))
print(str(123) + str(-4), len(str(2 ** 64)))
