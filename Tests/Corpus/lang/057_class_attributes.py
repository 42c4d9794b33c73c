class Counter:
    instances = 0
    kind = "counter"

    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances

a = Counter()
b = Counter()
print(Counter.instances, a.instances, b.id)
a.kind = "instance override"
print(a.kind, b.kind, Counter.kind)
Counter.kind = "changed on class"
print(a.kind, b.kind)

class Shared:
    items = []
    def add(self, x):
        self.items.append(x)

s1 = Shared()
s2 = Shared()
s1.add(1)
s2.add(2)
print(Shared.items, s1.items is s2.items)
