# CPU: string formatting -- %-formatting, str.format, f-strings (ints, floats, padding).
def run(n):
    total = 0
    last = ""
    for i in range(n):
        a = "%d:%s:%5.2f" % (i, "x", i / 7)
        b = "{}-{:>6}-{:.3f}".format(i, i * 3, i / 3)
        c = f"{i:08d}|{i % 97:x}|{i / 11:.1f}|{a}"
        total += len(a) + len(b) + len(c)
        last = c + b
    return total, last


print("formatting", run(150_000))
