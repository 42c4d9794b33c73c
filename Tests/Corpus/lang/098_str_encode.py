s = "abc"
b = s.encode()
print(len(b), type(b).__name__)
print(len("é".encode("utf-8")), len("한".encode("utf-8")), len("a".encode("utf-8")))
print(b.decode(), "한글".encode().decode("utf-8"))
print(list("hi".encode()))
print("héllo".encode("utf-8").decode("utf-8") == "héllo")
