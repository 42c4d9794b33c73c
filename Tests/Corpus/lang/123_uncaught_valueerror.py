def validate(x):
    if x < 0:
        raise ValueError("bad value")
    return x

print("validating 5:", validate(5))
print("validating -1...")
validate(-1)
print("unreachable")
