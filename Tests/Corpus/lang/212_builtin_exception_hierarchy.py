try:
    raise FileNotFoundError(2, "No such file or directory")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e, isinstance(e, IOError), EnvironmentError is OSError)
try:
    raise ConnectionResetError("reset")
except ConnectionError as e:
    print(type(e).__mro__)
print(issubclass(TabError, SyntaxError), issubclass(UnicodeDecodeError, ValueError), issubclass(FutureWarning, Warning))
try:
    raise SystemError("x")
except Exception as e:
    print(repr(e))
e = OSError("plain")
print(e.errno, e.strerror, e.filename)
e = PermissionError(13, "Permission denied", "/x")
print(e, e.filename, e.filename2)
for cls in [BlockingIOError, BrokenPipeError, BufferError, ChildProcessError, ConnectionAbortedError,
            ConnectionRefusedError, FileExistsError, FloatingPointError, InterruptedError,
            IsADirectoryError, NotADirectoryError, ProcessLookupError, ReferenceError, SyntaxError,
            IndentationError, TabError, BytesWarning,
            EncodingWarning, FutureWarning, ImportWarning, PendingDeprecationWarning, ResourceWarning,
            SyntaxWarning, UnicodeWarning, IOError, EnvironmentError]:
    try:
        raise cls("boom")
    except Exception as e:
        print(cls.__name__, type(e).__name__, str(e), [b.__name__ for b in cls.__mro__[1:-2]])
print([c.__name__ for c in (BlockingIOError, TabError, ResourceWarning, UnicodeEncodeError)])
print([c.__base__.__name__ for c in (BlockingIOError, TabError, ResourceWarning, UnicodeEncodeError, BrokenPipeError)])
