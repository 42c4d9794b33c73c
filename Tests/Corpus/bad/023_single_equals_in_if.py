import time

count = 0
while True:
    count += 1
    if count = 3:
        break
    time.sleep(1)
