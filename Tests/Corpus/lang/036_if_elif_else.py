def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for v in [-5, 0, 3, 42]:
    print(v, classify(v))
x = 5
if x > 3:
    print("gt 3")
if x > 10:
    print("never")
else:
    print("not gt 10")
if []:
    print("empty list is truthy?")
elif {}:
    print("empty dict is truthy?")
elif "":
    print("empty str?")
else:
    print("all empty containers are falsy")
if 0.0 or None:
    print("no")
if not 0:
    print("not 0 is True")
y = "even" if x % 2 == 0 else "odd"
print(y)
