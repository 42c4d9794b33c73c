s = "   padded text   "
print("[" + s.strip() + "]")
print("[" + s.lstrip() + "]")
print("[" + s.rstrip() + "]")
print("xxhixx".strip("x"), "abcba".strip("ab"), "..path..".lstrip("."), "file.txt\n".rstrip())
print("[" + "\t\n tabs and newlines \n".strip() + "]")
print("www.example.com".strip("wcom."))
print("[" + "".strip() + "]")
print("  inner  space  ".strip().split("  "))
