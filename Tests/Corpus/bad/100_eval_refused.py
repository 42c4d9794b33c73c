x = "1 + 2"
print(eval(x))
