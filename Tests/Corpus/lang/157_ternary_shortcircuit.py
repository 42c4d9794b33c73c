def noisy(label, value):
    print("eval", label)
    return value
print(noisy("a", 0) and noisy("b", 1))
print(noisy("c", 1) and noisy("d", 2))
print(noisy("e", "") or noisy("f", "default"))
print(noisy("g", "set") or noisy("h", "unused"))
x = 7
print("big" if x > 5 else "small", "even" if x % 2 == 0 else "odd")
sign = "positive" if x > 0 else "zero" if x == 0 else "negative"
print(sign)
name = None
print(name or "anonymous", (name and name.upper()))
print(noisy("i", True) if noisy("cond", False) else noisy("j", "else branch"))
print(not (1 and 0), (1 or 0) and "both")
