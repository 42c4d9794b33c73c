# contextlib: contextmanager (as a decorator too), suppress, closing, nullcontext, ExitStack, redirect_stdout
from contextlib import *
import sys
@contextmanager
def tag(name):
    print(f"<{name}>")
    yield name.upper()
    print(f"</{name}>")
with tag("h1") as t:
    print("hello", t)
@contextmanager
def managed():
    print("acquire")
    try:
        yield 1
    except ValueError as e:
        print("handled", e)
    finally:
        print("release")
with managed() as r:
    raise ValueError("boom")
print("after")
try:
    with tag("p"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
@tag("deco")
def work():
    print("working")
work()
with suppress(ZeroDivisionError):
    1 / 0
print("suppressed")
class Res:
    def close(self): print("closed")
with closing(Res()) as r:
    print("using", type(r).__name__)
with nullcontext(5) as v:
    print(v)
with ExitStack() as stack:
    for i in range(3):
        stack.enter_context(tag(f"t{i}"))
    stack.callback(print, "callback ran")
    print("inside stack")
class Buf:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
b = Buf()
with redirect_stdout(b):
    print("captured")
print("got", b.parts)
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
with ExitStack() as st:
    st.push(lambda *a: print("push exit", a[0]))
    raise_it = False
s2 = ExitStack()
s2.callback(print, "closed via close")
s2.close()
with suppress(KeyError, IndexError):
    [][1]
print("done")
