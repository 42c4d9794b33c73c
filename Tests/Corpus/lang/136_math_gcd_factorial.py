import math
print(math.gcd(12, 18), math.gcd(17, 5), math.gcd(0, 9), math.gcd(-12, 8))
print(math.gcd(2 ** 40, 6 ** 20))
for n in [0, 1, 5, 10, 20, 30]:
    print(n, math.factorial(n))
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
print(math.factorial(30) // math.factorial(28))
