import time

for i in range(3):
    def skip():
        continue
    time.sleep(1)
