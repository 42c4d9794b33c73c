# CPU: method calls on instances (bound methods, self attribute reads/writes, inheritance).
class Counter:
    def __init__(self, step):
        self.value = 0
        self.step = step

    def bump(self):
        self.value += self.step
        return self.value

    def scaled(self, k):
        return self.value * k


class Wrapping(Counter):
    def bump(self):
        v = super().bump()
        if v > 1000:
            self.value -= 1000
        return self.value


def run(n):
    objs = [Counter(1), Counter(3), Wrapping(7), Wrapping(11)]
    acc = 0
    for i in range(n):
        o = objs[i & 3]
        o.bump()
        acc = (acc + o.scaled(3)) % 1000003
    return acc, [o.value for o in objs]


print("methods", run(1_200_000))
