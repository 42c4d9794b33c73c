# contextlib: ExitStack, suppress, closing, nullcontext, redirect_stdout/stderr, ContextDecorator
import sys
from contextlib import (ExitStack, suppress, closing, nullcontext, redirect_stdout, redirect_stderr,
                        ContextDecorator, contextmanager, AbstractContextManager)

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else None)
        return False

with ExitStack() as stack:
    files = [stack.enter_context(Resource(f"r{i}")) for i in range(3)]
    stack.callback(print, "callback", "args")
    print([f.name for f in files])

try:
    with ExitStack() as stack:
        stack.enter_context(Resource("a"))
        stack.enter_context(Resource("b"))
        raise KeyError("boom")
except KeyError as e:
    print("caught", repr(e))

with ExitStack() as stack:
    stack.push(lambda t, v, tb: print("push sees", t.__name__) or True)
    raise ValueError("swallowed")
print("after suppression by push")

stack = ExitStack()
stack.enter_context(Resource("kept"))
moved = stack.pop_all()
stack.close()
print("moved has", len(moved._exit_callbacks))
moved.close()

with suppress(LookupError, ZeroDivisionError):
    {}['missing']
print("suppressed KeyError")
try:
    with suppress(KeyError):
        [][0]
except IndexError as e:
    print("not suppressed:", e)

class Connection:
    def close(self):
        print("connection closed")
with closing(Connection()) as conn:
    print("using", type(conn).__name__)

def process(cm=None):
    with cm or nullcontext("default") as value:
        print("value", value)
process()
process(nullcontext(42))

class Collector:
    def __init__(self):
        self.text = []
    def write(self, s):
        self.text.append(s)
    def flush(self):
        pass
out = Collector()
with redirect_stdout(out):
    print("hidden", 1, 2, sep="-")
    print("second")
print("collected", out.text)
err = Collector()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print("stderr got", err.text)

class track(ContextDecorator):
    def __enter__(self):
        print("enter track")
        return self
    def __exit__(self, *exc):
        print("exit track")
        return False
@track()
def job(x):
    print("job", x)
    return x * 2
print(job(5))

with track() as t:
    print(isinstance(t, track), isinstance(t, AbstractContextManager))

@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
        log.append("commit")
    except Exception as e:
        log.append(f"rollback {e}")
        raise
log = []
with transaction(log):
    log.append("work")
try:
    with transaction(log):
        raise RuntimeError("fail")
except RuntimeError:
    pass
print(log)
print(isinstance(Resource("x"), AbstractContextManager), issubclass(int, AbstractContextManager), isinstance(ExitStack(), AbstractContextManager))
from contextlib import ExitStack
def bad(*a):
    raise ValueError("from callback")
try:
    with ExitStack() as s:
        s.push(bad)
        raise KeyError("orig")
except ValueError as e:
    print(repr(e), repr(e.__context__))
