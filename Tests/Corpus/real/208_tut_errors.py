# source: https://docs.python.org/3.11/tutorial/errors.html (Handling, Raising, Chaining, User-defined, Clean-up actions); changes: doctest prompts removed; each value the session echoes is printed with print(repr(...)); input() replaced by a fixed list of answers; the uncaught examples caught and printed
answers = iter(["x", "3"])
while True:
    try:
        x = int(next(answers))
        break
    except ValueError:
        print("Oops!  That was no valid number.  Try again...")
print(x)

class B(Exception):
    pass

class C(B):
    pass

class D(C):
    pass

for cls in [B, C, D]:
    try:
        raise cls()
    except D:
        print("D")
    except C:
        print("C")
    except B:
        print("B")

try:
    raise Exception('spam', 'eggs')
except Exception as inst:
    print(type(inst))    # the exception type
    print(inst.args)     # arguments stored in .args
    print(inst)          # __str__ allows args to be printed directly,
                         # but may be overridden in exception subclasses
    x, y = inst.args     # unpack args
    print('x =', x)
    print('y =', y)

def this_fails():
    x = 1/0

try:
    this_fails()
except ZeroDivisionError as err:
    print('Handling run-time error:', err)

try:
    raise NameError('HiThere')
except NameError:
    print('An exception flew by!')

def func():
    raise ConnectionError

try:
    try:
        func()
    except ConnectionError as exc:
        raise RuntimeError('Failed to open database') from exc
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))

def bool_return():
    try:
        return True
    finally:
        return False

print(repr(bool_return()))

def divide(x, y):
    try:
        result = x / y
    except ZeroDivisionError:
        print("division by zero!")
    else:
        print("result is", result)
    finally:
        print("executing finally clause")

divide(2, 1)
divide(2, 0)
try:
    divide("2", "1")
except TypeError as e:
    print('TypeError:', e)
