import time

ticks = 0

def tick():
    print(ticks)
    global ticks
    ticks += 1
    time.sleep(1)

tick()
