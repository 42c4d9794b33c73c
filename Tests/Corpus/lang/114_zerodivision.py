cases = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1.5 // 0.0", lambda: 1.5 // 0.0),
    ("5 % 0.0", lambda: 5 % 0.0),
    ("divmod(3, 0)", lambda: divmod(3, 0)),
]
for label, fn in cases:
    try:
        fn()
    except ZeroDivisionError as e:
        print(f"{label}: {e}")
def average(nums):
    return sum(nums) / len(nums)
try:
    average([])
except ZeroDivisionError as e:
    print("empty average:", repr(e))
print(isinstance(ZeroDivisionError(), ArithmeticError))
