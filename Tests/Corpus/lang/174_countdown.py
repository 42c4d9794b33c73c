import time

def countdown(n):
    while n > 0:
        print(n)
        time.sleep(1)
        n -= 1
    print("liftoff!")

start = time.monotonic()
countdown(3)
print("took", time.monotonic() - start)
