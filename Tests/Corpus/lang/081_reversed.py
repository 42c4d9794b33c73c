print(list(reversed([1, 2, 3])))
print(list(reversed("abc")))
print(list(reversed(range(5))))
print("".join(reversed("stressed")))
print(list(reversed((1, "two"))))
for x in reversed(["first", "second"]):
    print(x)
print([1, 2, 3][::-1], "hello"[::-1])
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(list(d))))
