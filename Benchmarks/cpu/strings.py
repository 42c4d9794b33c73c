# CPU: str operations -- join, split, replace, concatenation, slicing, find, upper/strip.
def run(rounds):
    check = 0
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    for r in range(rounds):
        line = " ".join(words[(r + i) % 8] for i in range(40))
        parts = line.split(" ")
        s = ""
        for p in parts:
            s += p[:3]
        t = line.replace("eta", "ETA").replace("a", "4")
        csv = ",".join(parts).upper()
        fields = csv.split(",")
        check += len(s) + t.count("4") + len(fields) + t.find("ETA") + csv.rfind("ZETA")
        check += len("  " + parts[r % 40].strip() + "  ".strip())
        check = (check + sum(ord(c) for c in s[:20])) % 1_000_003
    return check


print("strings", run(25_000))
