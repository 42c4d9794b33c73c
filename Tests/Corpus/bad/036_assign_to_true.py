import time

running = False
True = running
time.sleep(1)
