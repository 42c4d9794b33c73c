class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)

class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("__bool__ called")
        return self.on

print(bool(Bag()), bool(Bag(1)))
if not Bag():
    print("empty bag is falsy")
print(bool(Flag(True)), bool(Flag(False)))
if Flag(True):
    print("flag on")
print(Flag(False) or "fallback")
class Plain:
    pass
print(bool(Plain()))
