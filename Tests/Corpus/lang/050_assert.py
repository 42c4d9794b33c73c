def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n

print(check_positive(5))
try:
    check_positive(-2)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert 1 == 2
except AssertionError as e:
    print("no message:", repr(e), e.args)
assert True
assert [1], "non-empty list is truthy"
print("asserts passed")
try:
    assert isinstance("s", int), ("tuple", "message")
except AssertionError as e:
    print(e.args)
