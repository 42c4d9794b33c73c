print("[" + "mid".center(11) + "]")
print("[" + "mid".center(10, "*") + "]")
print("[" + "left".ljust(8) + "]")
print("[" + "right".rjust(8, ".") + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print("[" + "toolong".center(3) + "]")
for name, score in [("ann", 9), ("bartholomew", 10), ("cy", 7)]:
    print(name.ljust(12, ".") + str(score).rjust(3))
print("[" + "ab".center(5) + "]", "[" + "abc".center(6) + "]")
