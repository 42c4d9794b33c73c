print("ab" * 3, 3 * "-", "x" * 0, "y" * -2 == "")
print("abc" + "def")
print("apple" < "banana", "apple" < "Apple", "Z" < "a", "" < "a")
print("abc" < "abd", "ab" < "abc", "10" < "9")
print("a" == "a", "a" != "A", "abc" == "ab" + "c")
print(sorted(["b", "A", "a", "B", "10", "9"]))
print(max("apple", "pie"), min(["zz", "b", "ccc"]))
print(len("hello" * 3), ("=" * 10))
s = ""
for i in range(3):
    s += str(i) * (i + 1)
print(s)
print("Ab".lower() == "aB".lower())
