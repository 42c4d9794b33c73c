tests = ["123", "abc", "abc123", "", " ", "ABC", "Abc", "3.5", "\t\n", "한글"]
for t in tests:
    print(repr(t), t.isdigit(), t.isalpha(), t.isalnum(), t.isspace(), t.isupper(), t.islower())
print("Title Case".istitle(), "not Title".istitle())
print("42".isnumeric(), "42".isdecimal(), "x1".isidentifier())
