s = "a,b,,c"
print(s.split(","))
print("  many   spaces here ".split())
print("one two three".split(" ", 1))
print("a-b-c-d".rsplit("-", 2))
print("a-b-c".rsplit("-"))
print("no separators".split(","))
print("".split(), "".split(","))
print("line1\nline2\r\nline3".split("\n"))
print("-".join(["x", "y", "z"]), "".join("abc"), ", ".join([]))
print(" ".join(str(n) for n in range(5)))
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
print("a  b".split(" "))
print("2024-01-15".split("-"))
words = "the quick brown fox".split()
print(len(words), words[-1], "_".join(w.capitalize() for w in words))
