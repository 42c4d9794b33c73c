# enum: Flag and IntFlag combination, membership, iteration and reprs
from enum import Flag, IntFlag, auto

class Perm(Flag):
    READ = 4
    WRITE = 2
    EXEC = 1
rw = Perm.READ | Perm.WRITE
print(rw, repr(rw), Perm.READ in rw, Perm.EXEC in rw, list(rw), len(rw), bool(rw))
print(Perm(0), repr(Perm(0)), bool(Perm(0)), ~Perm.READ, rw & Perm.WRITE, rw ^ Perm.READ, Perm(6), Perm(7))
print(list(Perm), Perm, rw.value, rw.name, Perm.READ.name)
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    BLACK = 0
print(list(Color), Color.WHITE, repr(Color.RED | Color.BLUE), Color.WHITE.value, Color(3), Color.BLACK, Color['WHITE'] is Color(7))
print([c.name for c in Color.WHITE], Color.GREEN in Color.WHITE, Color.RED | Color.GREEN | Color.BLUE is Color.WHITE)
class Access(IntFlag):
    R = 4
    W = 2
    X = 1
print(Access.R | Access.W, repr(Access.R | Access.W), Access.R + 1, Access.R | 8, repr(Access(7)), Access.R == 4, Access.W & 3)
print(repr(Access.R | 8), repr(~Access.R), f"{Access.R | Access.X}", int(Access.R | Access.X), list(Access(5)))
def check(perms, needed):
    return needed in perms
user = Access.R | Access.X
print(check(user, Access.R), check(user, Access.W), sorted(a.name for a in Access if a in user))
try:
    1 in Perm.READ
except TypeError as e:
    print("TypeError", e)
