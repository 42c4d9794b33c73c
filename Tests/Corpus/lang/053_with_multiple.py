class Tag:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"<{self.name}>")
        return self.name
    def __exit__(self, *args):
        print(f"</{self.name}>")

with Tag("html"), Tag("body") as b:
    print("inside", b)

with Tag("outer"):
    with Tag("inner"):
        print("text")

try:
    with Tag("a"), Tag("b"):
        raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e)
