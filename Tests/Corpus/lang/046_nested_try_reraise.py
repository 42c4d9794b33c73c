def level3():
    raise KeyError("deep")

def level2():
    try:
        level3()
    except KeyError:
        print("level2 saw KeyError, re-raising")
        raise

def level1():
    try:
        level2()
    except KeyError as e:
        print("level1 caught", repr(e))
        return "handled"
    finally:
        print("level1 finally")

print(level1())

try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        print("inner handler:", e)
        raise TypeError("replacement")
    finally:
        print("inner finally")
except TypeError as e:
    print("outer caught:", e)
    print("context:", repr(e.__context__))

try:
    try:
        raise IndexError("first")
    finally:
        print("finally runs before propagation")
except IndexError as e:
    print("then caught", e)
