s = "안녕하세요, 세계!"
print(s, len(s))
print(s[0], s[-1], s[:5], s[::-1])
print(s.split(", "))
print(s.replace("세계", "파이썬"))
print("세계" in s, s.find("세계"), s.count("요"))
print(f"[{'한글':^8}]", f"[{'가':>4}]")
words = ["사과", "바나나", "체리"]
print(sorted(words), max(words, key=len))
print(" / ".join(w * 2 for w in words))
print("ÀÉÎ".lower(), "abc".upper())
print(repr("탭\t줄\n"))
