s = "hello World of PYTHON"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print("o'neil's book".title())
print("123abc".capitalize(), "ABC".capitalize())
print("MiXeD 123 case!".lower(), "x".upper() + "Y".lower())
