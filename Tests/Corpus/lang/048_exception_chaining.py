class ConfigError(Exception):
    pass

def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as e:
        raise ConfigError(f"missing config {key!r}") from e

try:
    load("b")
except ConfigError as e:
    print("error:", e)
    print("cause:", repr(e.__cause__))
    print("suppress context:", e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print("implicit context:", type(e.__context__).__name__)
    print("cause is None:", e.__cause__ is None)

try:
    try:
        raise OSError("io")
    except OSError:
        raise RuntimeError("clean") from None
except RuntimeError as e:
    print(e, e.__cause__, e.__suppress_context__)
