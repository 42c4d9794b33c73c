text = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs
quick quick"""
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:5]:
    print(f"{word:<6} {n}")
print(len(counts), sum(counts.values()))
lines = text.splitlines()
print([len(line.split()) for line in lines])
longest = max(text.split(), key=len)
print("longest:", longest)
letters = {}
for ch in text.replace("\n", "").replace(" ", ""):
    letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
