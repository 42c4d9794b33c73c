import math
print(math.pi, math.e, math.tau)
print(math.inf, -math.inf, math.nan)
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1))
print(math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1e308))
print(math.inf > 10 ** 100, math.nan == math.nan, math.inf - math.inf)
print(f"{math.pi:.5f} {math.e:.3f}")
print(round(math.pi, 2), round(math.e, 4))
