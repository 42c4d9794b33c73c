# ExceptionGroup and BaseExceptionGroup: construction rules, message, exceptions, split,
# subgroup, derive, str and repr, nesting and subclassing.


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {result!r}")


attempt("set of exceptions", lambda: ExceptionGroup("m", {ValueError()}))
attempt("not an exception", lambda: ExceptionGroup("m", [ValueError(), 3]))
attempt("message not str", lambda: ExceptionGroup(3, [ValueError()]))
attempt("empty", lambda: ExceptionGroup("m", []))
attempt("one argument", lambda: ExceptionGroup("m"))
attempt("base inside ExceptionGroup", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
attempt("BaseExceptionGroup keeps base", lambda: BaseExceptionGroup("m", [KeyboardInterrupt()]))
attempt("BaseExceptionGroup becomes ExceptionGroup", lambda: type(BaseExceptionGroup("m", (ValueError(1),))).__name__)

eg = ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
print("message:", eg.message)
print("exceptions:", eg.exceptions)
print("str:", str(eg))
print("repr:", repr(eg))
print("args:", eg.args)

match, rest = eg.split(ValueError)
print("split match:", repr(match))
print("split rest:", repr(rest))
print("split tuple:", eg.split((TypeError, KeyError)))
print("split nothing:", eg.split(OSError))
print("split everything:", eg.split(Exception)[0] is eg)
print("subgroup predicate:", repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
print("subgroup groups:", eg.subgroup(lambda e: isinstance(e, ExceptionGroup)) is eg)
print("subgroup none:", eg.subgroup(ZeroDivisionError))
attempt("subgroup bad matcher", lambda: eg.subgroup(3))
print("derive:", repr(eg.derive([ValueError(9)])))
print("derived exceptions are a tuple:", type(match.exceptions).__name__)
print("nested message:", match.exceptions[1].message)
print("mro:", [c.__name__ for c in ExceptionGroup.__mro__])
print("issubclass:", issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))


class BatchError(ExceptionGroup):
    pass


class TaggedGroup(ExceptionGroup):
    def derive(self, excs):
        return TaggedGroup(self.message + "+", excs)


b = BatchError("batch", [ValueError("v"), OSError("o")])
print("subclass repr:", repr(b))
print("subclass split loses the subclass:", type(b.subgroup(ValueError)).__name__)
t = TaggedGroup("tag", [ValueError("v"), OSError("o")])
print("custom derive:", repr(t.split(OSError)))

# Derived groups keep the cause, context and notes of the original.
try:
    try:
        raise KeyError("root")
    except KeyError as cause:
        err = ExceptionGroup("with cause", [ValueError("a"), TypeError("b")])
        err.add_note("see the log")
        raise err from cause
except ExceptionGroup as caught:
    part = caught.subgroup(TypeError)
    print("cause kept:", repr(part.__cause__), "notes kept:", part.__notes__)

# Catching with plain except works on the group type.
try:
    raise ExceptionGroup("plain", [ValueError("x")])
except Exception as e:
    print("caught as Exception:", type(e).__name__, e)
