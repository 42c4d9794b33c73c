import os
import os.path
from os.path import join, splitext

print(os.environ.get("LOOPSCOPE_MISSING_VAR"), os.environ.get("LOOPSCOPE_MISSING_VAR", "default"))
print(os.getenv("LOOPSCOPE_MISSING_VAR", "fallback"), "LOOPSCOPE_MISSING_VAR" in os.environ)
os.environ["APP_MODE"] = "debug"
print(os.environ["APP_MODE"], os.getenv("APP_MODE"), "APP_MODE" in os.environ)
os.environ.setdefault("APP_LEVEL", "3")
print(int(os.environ["APP_LEVEL"]) * 2)
del os.environ["APP_MODE"]
print(os.environ.get("APP_MODE", "gone"), os.environ.pop("APP_LEVEL"), os.environ.pop("APP_LEVEL", None))
try:
    os.environ["NOPE_NOT_SET"]
except KeyError as e:
    print("KeyError:", e)
try:
    os.environ["N"] = 1
except TypeError as e:
    print("TypeError:", e)
print(type(os.getpid()).__name__, os.getpid() == os.getpid(), os.getpid() > 0)
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)))
print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.pathsep, os.devnull)
print(join("a", "b", "c.txt"), os.path.join("/usr", "lib/"), os.path.join("x", "/abs", "y"), join("", "z"))
print(os.path.basename("/tmp/data/report.csv"), os.path.dirname("/tmp/data/report.csv"))
print(os.path.split("/tmp/data/"), os.path.split("file.txt"), os.path.split("/x"))
print(splitext("archive.tar.gz"), splitext(".bashrc"), splitext("noext"), splitext("a/b.c/d"))
print(os.path.normpath("/a/./b/../c//d/"), os.path.normpath("../x/../../y"), os.path.normpath(""))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.abspath("/a/b/../c"))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/li"]), os.path.sep)
name, ext = os.path.splitext(os.path.basename("/srv/www/index.html"))
print(name.upper(), ext[1:])
print(os.path.expanduser("/no/tilde"), os.path is os.path)
