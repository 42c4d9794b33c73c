# An uncaught ExceptionGroup prints its traceback tree to stderr; the status is 1.


def check(value):
    if value < 0:
        raise ValueError(f"negative: {value}")
    if value == 0:
        raise ZeroDivisionError("zero")
    return 10 / value


errors = []
for v in [5, -1, 0, 2]:
    try:
        print("result", check(v))
    except Exception as e:
        errors.append(e)

print(len(errors), "errors")
raise ExceptionGroup("validation failed", errors)
