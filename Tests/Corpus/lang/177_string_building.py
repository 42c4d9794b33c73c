parts = []
for i in range(5):
    parts.append(f"[{i}]")
print("".join(parts))
s = ""
for word in ["alpha", "beta", "gamma"]:
    if s:
        s += ", "
    s += word
print(s)
line = "-" * 20
print(line)
print("|" + "title".center(18) + "|")
print(line)
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym)
print("a,b;c d".replace(",", " ").replace(";", " ").split())
sentence = "The rain in Spain"
print(sentence.lower().count("ain"), sentence[4:8], sentence.split()[-1][::-1])
print(str(3) + "3", 3 * "3", int("3" * 3) + 3)
