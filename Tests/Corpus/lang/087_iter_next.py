it = iter([10, 20, 30])
print(next(it))
print(list(it))
print(next(it, "exhausted"))
s = iter("ab")
print(next(s), next(s), next(s, None))
d = iter({"k1": 1, "k2": 2})
print(next(d))
class CountDown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(CountDown(3)))
cd = CountDown(2)
print(iter(cd) is cd)
for n in cd:
    print("n", n)
for n in cd:
    print("second pass never prints")
print("done")
