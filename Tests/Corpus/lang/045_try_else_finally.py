def attempt(x):
    try:
        print("trying", x)
        r = 10 / x
    except ZeroDivisionError:
        print("division failed")
        return "error"
    else:
        print("no exception, result", r)
        return "ok"
    finally:
        print("finally for", x)
print(attempt(2))
print(attempt(0))
try:
    pass
finally:
    print("finally without except")
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("cleanup", i)
