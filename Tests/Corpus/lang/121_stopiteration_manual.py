class Limited:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration("limit reached")
        self.i += 1
        return self.i
it = Limited(2)
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration:", e, e.args)
print(list(Limited(3)))
gen = (x for x in [])
try:
    next(gen)
except StopIteration as e:
    print("genexp exhausted:", repr(e))
