# Big-int floor division and modulo by one-word divisors of every sign; factorials.
import math
xs = [math.factorial(30), -math.factorial(30), 2**64 + 5, -(2**64 + 5), 10**40 + 7]
ds = [7, -7, 2**63 - 1, -(2**63 - 1), 3, 2**62, -1, 1]
for x in xs:
    for d in ds:
        print(x // d, x % d, divmod(x, d))
print([math.factorial(n) for n in (0, 1, 2, 5, 20, 21, 25)], math.factorial(100) % 1000007)
