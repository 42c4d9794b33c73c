print("key=value=more".partition("="))
print("key=value=more".rpartition("="))
print("no-sep".partition("="))
print("no-sep".rpartition("="))
text = "line one\nline two\r\nline three\n"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "single".splitlines())
print("a\n\nb".splitlines())
name, _, domain = "user@example.com".partition("@")
print(name, domain)
for line in "x=1\ny=2\nz=3".splitlines():
    k, sep, v = line.partition("=")
    print(k, int(v) * 10)
