class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return "entered"
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print("suppressing", exc_type.__name__ + ":", exc)
            return True
        return False

with Suppress(KeyError) as value:
    print("value is", value)
    {}["k"]
    print("not reached")
print("after first with")

try:
    with Suppress(KeyError):
        raise TypeError("not suppressed")
except TypeError as e:
    print("escaped:", e)

with Suppress(ZeroDivisionError, IndexError):
    [][0]
print("end")
