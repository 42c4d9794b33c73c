# source: https://docs.python.org/3.11/tutorial/classes.html (Iterators and Generators: Reverse, reverse); changes: doctest prompts removed; each value the session echoes is printed with print(repr(...))
s = 'abc'
it = iter(s)
print(repr(next(it)))
print(repr(next(it)))
print(repr(next(it)))
try:
    next(it)
except StopIteration:
    print('StopIteration')

class Reverse:
    """Iterator for looping over a sequence backwards."""
    def __init__(self, data):
        self.data = data
        self.index = len(data)

    def __iter__(self):
        return self

    def __next__(self):
        if self.index == 0:
            raise StopIteration
        self.index = self.index - 1
        return self.data[self.index]

rev = Reverse('spam')
for char in rev:
    print(char)

def reverse(data):
    for index in range(len(data)-1, -1, -1):
        yield data[index]

for char in reverse('golf'):
    print(char)

print(repr(sum(i*i for i in range(10))))                 # sum of squares
xvec = [10, 20, 30]
yvec = [7, 5, 3]
print(repr(sum(x*y for x,y in zip(xvec, yvec))))         # dot product
data = 'golf'
print(repr(list(data[i] for i in range(len(data)-1, -1, -1))))
