import time

def wait_until_ready(ready):
    if ready:
        break
    time.sleep(1)

wait_until_ready(True)
