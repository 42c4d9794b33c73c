import time

z = 3 + 4j
time.sleep(abs(z))
