class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False

with Resource("A") as r:
    print("using", r.name)

try:
    with Resource("B"):
        raise ValueError("inside with")
except ValueError as e:
    print("propagated:", e)

def use():
    with Resource("C") as c:
        return "returned from " + c.name
print(use())

for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            break
print("done")
