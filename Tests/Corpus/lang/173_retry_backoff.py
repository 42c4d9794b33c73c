import time

attempts = {"n": 0}

def flaky():
    attempts["n"] += 1
    if attempts["n"] < 4:
        raise ConnectionError(f"attempt {attempts['n']} failed")
    return "success"

def retry(func, tries=5, delay=0.5):
    start = time.time()
    for i in range(tries):
        try:
            result = func()
            print(f"ok after {time.time() - start} s")
            return result
        except ConnectionError as e:
            print(f"{e}; sleeping {delay}")
            time.sleep(delay)
            delay *= 2
    raise RuntimeError("gave up")

print(retry(flaky))
