# CPU: set operations -- add, membership, union/intersection/difference, comprehension.
def run(rounds):
    check = 0
    for r in range(rounds):
        a = set()
        for i in range(4000):
            a.add((i * 37 + r) % 5003)
        b = {x * 3 % 5003 for x in range(3000)}
        hits = 0
        for x in range(0, 6000, 2):
            if x in a:
                hits += 1
        u = a | b
        n = a & b
        d = a - b
        s = a ^ b
        a.discard(0)
        a -= n
        check = (check + hits + len(u) + len(n) * 3 + len(d) * 5 + len(s) * 7 + len(a)
                 + sum(n) % 1000 + max(d) + min(s)) % 1_000_003
    return check


print("sets", run(250))
