# except*: handling parts of an ExceptionGroup, re-raising the rest, raising in handlers.


def show(eg, indent=0):
    pad = " " * indent
    if isinstance(eg, BaseExceptionGroup):
        print(f"{pad}{type(eg).__name__}({eg.message!r}) with {len(eg.exceptions)}:")
        for e in eg.exceptions:
            show(e, indent + 2)
    else:
        print(f"{pad}{type(eg).__name__}: {eg}")


def fail_many():
    raise ExceptionGroup("batch failed", [ValueError("bad value"), TypeError("bad type"),
                                          ExceptionGroup("nested", [ValueError("deep"), KeyError("k")])])


# Every part handled.
try:
    fail_many()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions], repr(eg))
except* TypeError as eg:
    print("types:", eg.exceptions)
except* KeyError:
    print("keys handled")
print("after full handling")

# Unhandled parts are re-raised as a group with the original structure.
try:
    try:
        fail_many()
    except* ValueError as eg:
        print("handled", eg)
except ExceptionGroup as rest:
    print("rest:", repr(rest))
    show(rest)

# A naked exception is wrapped in an ExceptionGroup for the handler.
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("wrapped:", repr(eg), type(eg).__name__)

# A naked exception that is not handled propagates as itself.
try:
    try:
        raise KeyError("plain")
    except* ValueError:
        print("not reached")
except KeyError as e:
    print("plain KeyError propagated:", repr(e))

# Raising a new exception in a handler: it is grouped with the unhandled rest.
try:
    try:
        fail_many()
    except* ValueError:
        raise RuntimeError("handler failed")
except ExceptionGroup as eg:
    print("combined:", repr(eg))
    show(eg)
    print("context of RuntimeError:", repr(eg.exceptions[0].__context__))

# A bare raise re-raises the matched part in place.
try:
    try:
        fail_many()
    except* TypeError:
        raise
except ExceptionGroup as eg:
    print("bare raise keeps structure:", repr(eg))

# A single new exception and nothing left: it is raised on its own.
try:
    try:
        raise ExceptionGroup("only values", [ValueError(1), ValueError(2)])
    except* ValueError:
        raise KeyError("replacement")
except KeyError as e:
    print("replacement raised alone:", repr(e))
except ExceptionGroup as eg:
    print("replacement inside group:", repr(eg))

# else and finally run as usual.
for should_fail in (False, True):
    try:
        if should_fail:
            raise ExceptionGroup("x", [OSError("disk")])
    except* OSError as eg:
        print("os errors:", eg.exceptions)
    else:
        print("no errors")
    finally:
        print("finally", should_fail)

# Handlers may match tuples of types.
try:
    fail_many()
except* (TypeError, KeyError) as eg:
    print("tuple match:", repr(eg))
except* ValueError as eg:
    print("then values:", repr(eg))

# Errors in the except* clause itself.
for bad in (ExceptionGroup, int):
    try:
        try:
            raise ValueError("x")
        except* bad:
            pass
    except TypeError as e:
        print("TypeError:", e)

# The handled exception inside the handler is the matched group.
import sys
try:
    fail_many()
except* KeyError:
    print("exc_info:", repr(sys.exc_info()[1]))
except* Exception:
    pass
