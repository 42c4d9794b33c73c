def trigger(kind):
    if kind == "key":
        {}["k"]
    elif kind == "index":
        [][0]
    elif kind == "zero":
        1 // 0
    elif kind == "type":
        len(1)
    elif kind == "custom":
        raise RuntimeError("runtime")
    return "no error"

for kind in ["key", "index", "zero", "type", "custom", "none"]:
    try:
        result = trigger(kind)
    except LookupError as e:
        print(kind, "-> LookupError subclass", type(e).__name__)
    except ArithmeticError as e:
        print(kind, "-> ArithmeticError subclass", type(e).__name__)
    except (TypeError, RuntimeError) as e:
        print(kind, "-> tuple handler", type(e).__name__, e)
    else:
        print(kind, "->", result)
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(Exception, BaseException))
print(issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception))
