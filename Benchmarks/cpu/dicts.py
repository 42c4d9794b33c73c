# CPU: dict operations -- insert, lookup, get, update, delete, items iteration; int and str keys.
def run(rounds):
    check = 0
    for r in range(rounds):
        d = {}
        for i in range(5000):
            d[i * 31 % 7919] = i
        for i in range(0, 5000, 3):
            check += d.get(i, -1)
        names = {}
        for i in range(1000):
            k = "k" + str(i % 300)
            names[k] = names.get(k, 0) + i
        for k in list(d):
            if k % 5 == 0:
                del d[k]
        d.update({j: j for j in range(100)})
        for k, v in d.items():
            check += k ^ v
        check = (check + len(d) + sum(names.values()) + ("k17" in names)) % 1_000_003
    return check


print("dicts", run(250))
