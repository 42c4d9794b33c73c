import time

a, b = 1, 2
a, b += 1, 1
time.sleep(a)
