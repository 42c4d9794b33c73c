# CPU: list operations -- append, index, slice, sort, comprehension, pop, reverse.
def run(rounds):
    check = 0
    for r in range(rounds):
        xs = []
        for i in range(2000):
            xs.append((i * 7919 + r) % 1009)
        ys = [x * 2 for x in xs if x & 1]
        zs = xs[100:1900:3]
        zs.sort()
        xs.sort(reverse=True)
        check += xs[0] + zs[len(zs) // 2] + len(ys) + ys[-1]
        check += xs.index(xs[500]) + zs.count(zs[10])
        while len(zs) > 300:
            zs.pop()
        zs.reverse()
        xs[10:20] = zs[:5]
        check = (check + sum(xs[::50]) + len(xs)) % 1_000_003
    return check


print("lists", run(700))
