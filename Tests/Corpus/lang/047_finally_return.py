def f():
    try:
        return "from try"
    finally:
        print("finally runs before return")

print(f())

def g():
    try:
        return "try value"
    finally:
        return "finally value"

print(g())

def h():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"

print(h())

def loop_with_finally():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print("finally", i)

print(loop_with_finally())

def counter():
    x = 1
    try:
        return x
    finally:
        x = 100
        print("x set to", x)
print(counter())
