import time

class Timer:
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        self.start = time.perf_counter()
        print(f"[{self.label}] start")
        return self
    def __exit__(self, exc_type, exc, tb):
        self.elapsed = time.perf_counter() - self.start
        status = "failed" if exc_type else "ok"
        print(f"[{self.label}] {status} after {self.elapsed:.1f}s")
        return exc_type is TimeoutError

with Timer("fetch") as t:
    time.sleep(1.5)
print("elapsed attr:", t.elapsed)
with Timer("timeout"):
    time.sleep(0.5)
    raise TimeoutError("too slow")
print("timeout suppressed")
with Timer("nested outer"):
    with Timer("nested inner"):
        time.sleep(2)
    time.sleep(1)
