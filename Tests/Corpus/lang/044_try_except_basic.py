try:
    x = 1 / 0
except ZeroDivisionError:
    print("caught division by zero")
try:
    int("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2][5]
except (KeyError, IndexError) as e:
    print(type(e).__name__, e)
try:
    {}["missing"]
except LookupError as e:
    print("LookupError caught", repr(e))
try:
    None.attr
except Exception as e:
    print("Exception:", e)
try:
    raise RuntimeError("custom")
except RuntimeError as err:
    print(err.args, str(err))
try:
    undefined_name
except NameError as e:
    print(e)
def risky():
    raise ValueError("from function")
try:
    risky()
except:
    print("bare except caught it")
