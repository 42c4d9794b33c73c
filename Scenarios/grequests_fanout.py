# grequests fan-out: eight "HTTP requests" with declared latencies, at most 3 at a time
# (grequests.map(size=3) runs them in a gevent Pool). Watch the pool slots in RESOURCES:
# a new request starts whenever one finishes; the whole batch takes 0.8 s, not 2.1 s.
import time
import grequests

# loopscope's latency model: seconds each URL takes to answer.
LOOPSCOPE_LATENCY = {
    "https://api.example/users": 0.3,
    "https://api.example/orders": 0.2,
    "https://api.example/items": 0.4,
    "https://api.example/stock": 0.1,
    "https://api.example/prices": 0.3,
    "https://api.example/reviews": 0.2,
    "https://api.example/sellers": 0.3,
    "https://api.example/carts": 0.3,
}


def done(response, **kwargs):
    print(f"{time.time() - start:.1f}s  {response.status_code} {response.url}")


start = time.time()
reqs = [grequests.get(url, callback=done) for url in LOOPSCOPE_LATENCY]
responses = grequests.map(reqs, size=3)
print("all", len(responses), "responses in", round(time.time() - start, 1), "seconds")
