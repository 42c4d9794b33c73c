records = [("ann", "b"), ("bob", "a"), ("cy", "b"), ("di", "a"), ("ed", "c"), ("flo", "a")]
by_group = sorted(records, key=lambda r: r[1])
print(by_group)
by_group_desc = sorted(records, key=lambda r: r[1], reverse=True)
print(by_group_desc)
words = ["bb", "a", "cc", "d", "eee", "ff"]
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
data = [(2, "x"), (1, "y"), (2, "a"), (1, "b")]
data.sort(key=lambda t: t[0])
print(data)
two_pass = sorted(sorted(records, key=lambda r: r[0], reverse=True), key=lambda r: r[1])
print(two_pass)
