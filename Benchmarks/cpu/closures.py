# CPU: closures -- creating closures, calling them, nonlocal updates.
def make_adder(k):
    def add(x):
        return x + k
    return add


def make_counter():
    count = 0

    def inc(step):
        nonlocal count
        count += step
        return count
    return inc


def run(n):
    adders = [make_adder(k) for k in range(10)]
    counter = make_counter()
    acc = 0
    for i in range(n):
        acc = adders[i % 10](acc) % 1000003
        counter(i & 7)
        if i % 1000 == 0:
            adders[i % 10] = make_adder(i % 13)
    return acc, counter(0)


print("closures", run(1_600_000))
