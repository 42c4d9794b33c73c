def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

acc = accumulator()
print(next(acc))
print(acc.send(10))
print(acc.send(5))
try:
    acc.send(None)
except StopIteration as e:
    print("finished with", e.value)

def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
            print("got", x)
    finally:
        print("echo closing, received", received)

e = echo()
print(e.send(None))
print(e.send("a"))
print(e.send("b"))
e.close()
print("closed")
