import time

class RateLimiter:
    def __init__(self, interval):
        self.interval = interval
        self.last = None

    def wait(self):
        now = time.monotonic()
        if self.last is not None:
            remaining = self.interval - (now - self.last)
            if remaining > 0:
                time.sleep(remaining)
        self.last = time.monotonic()

limiter = RateLimiter(2)
start = time.monotonic()
for i in range(4):
    limiter.wait()
    print(f"request {i} at t={time.monotonic() - start:.1f}")
    if i == 1:
        time.sleep(3)
print("total", time.monotonic() - start)
