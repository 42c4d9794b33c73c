a = 'single'
b = "double"
c = '''triple
single'''
d = """triple
double"""
e = r"raw \n stays"
f = R'raw \t too'
print(a, b)
print(c)
print(d)
print(e)
print(f)
print('it\'s', "say \"hi\"", "it's", 'say "hi"')
print("""He said "yes" and 'no'""")
g = """\
no leading newline"""
print(g)
print(len(r"\n"), len("\n"))
print(r"C:\path\to\file")
print("concat" + 'enated', "rep" * 3)
print('')
print(''.join(['x', 'y', 'z']))
