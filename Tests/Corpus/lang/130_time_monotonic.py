import time
m0 = time.monotonic()
p0 = time.perf_counter()
time.sleep(3)
print(time.monotonic() - m0)
print(time.perf_counter() - p0)
time.sleep(0.25)
elapsed = time.monotonic() - m0
print(f"elapsed {elapsed:.3f}")
print(elapsed >= 3.25)
