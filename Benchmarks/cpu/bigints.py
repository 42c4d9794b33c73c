# CPU: big integers -- math.factorial(500) repeated, big multiplication, division, modulo, str.
import math


def run(rounds):
    check = 0
    for r in range(rounds):
        f = math.factorial(500)
        g = f * (f + r)
        h = g // (f - 1)
        check = (check + g % 1_000_000_007 + h % 998_244_353 + f.bit_length()) % 1_000_000_007
    x = 1
    for i in range(1, 2000):
        x = x * (3 ** 40 + i)
    return check, x % 1_000_000_007, len(str(math.factorial(500)))


print("bigints", run(7000))
