for i in range(10):
    if i == 2:
        continue
    if i == 5:
        break
    print(i)
for i in range(3):
    pass
print("after pass loop", i)
def todo():
    pass
class Empty:
    pass
print(todo(), type(Empty()).__name__)
result = []
for word in ["keep", "skip", "keep2", "stop", "never"]:
    if word == "skip":
        continue
    elif word == "stop":
        break
    result.append(word)
print(result)
i = 0
while i < 10:
    i += 1
    if i % 3 != 0:
        continue
    print("multiple of 3:", i)
