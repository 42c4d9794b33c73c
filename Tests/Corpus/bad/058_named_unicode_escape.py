import time

time.sleep(1)
print("\N{CHECK MARK} done")
