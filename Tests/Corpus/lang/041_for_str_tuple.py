for ch in "hey":
    print(ch)
for ch in "한글":
    print(ch, ord(ch))
for item in (1, "two", 3.0):
    print(type(item).__name__, item)
vowels = 0
for c in "programming language":
    if c in "aeiou":
        vowels += 1
print(vowels)
word = "level"
print(all(word[i] == word[-1 - i] for i in range(len(word))))
for x in [[1, 2], [3]]:
    for y in x:
        print(y, end=" ")
print()
