s = "hello world, hello python"
print(s.replace("hello", "bye"))
print(s.replace("hello", "bye", 1))
print(s.replace("", "-") if False else "aaa".replace("a", "b", 2))
print(s.find("world"), s.find("hello", 1), s.find("missing"))
print(s.rfind("hello"), s.index("python"), s.rindex("o"))
try:
    s.index("java")
except ValueError as e:
    print("ValueError:", e)
print(s.count("l"), s.count("hello"), "aaaa".count("aa"), s.count(""))
print(s.startswith("hello"), s.endswith("python"), s.startswith(("x", "he")))
print(s.startswith("world", 6), s.endswith(("a", "b")))
print("world" in s, "World" in s, "" in s)
