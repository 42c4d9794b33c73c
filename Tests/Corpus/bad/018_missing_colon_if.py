import time

for n in range(5):
    if n % 2 == 0
        time.sleep(0.1)
    print(n)
