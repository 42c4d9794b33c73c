values = [eval(text) for text in ["1", "2"]]
print(values)
