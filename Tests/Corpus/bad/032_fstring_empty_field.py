import time

start = time.time()
time.sleep(2)
print(f"took {} seconds".format(time.time() - start))
