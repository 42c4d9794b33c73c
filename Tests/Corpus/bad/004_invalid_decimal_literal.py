import time

start = time.time()
for step in range(3):
    time.sleep(1)
elapsed = time.time() - start
print(round(elapsed, 1), 2nd_value)
