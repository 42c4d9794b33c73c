# a comment at top level
x = 1  # trailing comment

def f(n):
    # comment inside a function
    if n > 0:
            # deeper, odd indentation is fine
            return "positive"
    else:
      return "non-positive"   # two-space block

    # unreachable comment


class A:
    """Docstring is an expression statement."""
    def m(self):
        return 42
        # trailing comment in block

if x:
    pass
# comment between blocks
for i in range(2):

    print(i, f(i - 1))   # blank line above is fine
print(A().m())
if True: print("one-line if")
while False: pass
def g(): return "one-line def"
print(g())
x = 1; y = 2; print(x + y)
