import time

for i in range(3):
    time.sleep(1)
    yield i
