import time
start = time.time()
for i in range(4):
    print("step", i, "at", round(time.time() - start, 1))
    time.sleep(0.5 * (i + 1))
print("total", time.time() - start)
def slow_square(n):
    time.sleep(1)
    return n * n
results = [slow_square(n) for n in range(3)]
print(results, time.time() - start)
