import time
import functools

def timed(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = func(*args, **kwargs)
        elapsed = time.perf_counter() - start
        print(f"{func.__name__} took {elapsed:.2f}s")
        return result
    return wrapper

@timed
def download(name, seconds):
    print("downloading", name)
    time.sleep(seconds)
    return name.upper()

@timed
def batch():
    return [download(n, s) for n, s in [("a", 1), ("b", 0.5)]]

print(batch())
