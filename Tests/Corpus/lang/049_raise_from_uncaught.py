def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"cannot parse {text!r}") from e

print(parse("12"))
print("about to fail")
print(parse("twelve"))
print("never printed")
