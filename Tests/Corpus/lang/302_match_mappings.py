# Mapping patterns: required keys, extra keys ignored, **rest, nested patterns.
from collections import OrderedDict, defaultdict

class Color:
    KIND = "kind"


def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(key), **mods} if mods:
            return f"key {key} with {sorted(mods)}"
        case {"type": "key", "key": key}:
            return f"key {key}"
        case {Color.KIND: "dotted"} if False:
            return "never"
        case {"type": _}:
            return "some other event"
        case {}:
            return "a mapping without type"
        case _:
            return "not a mapping"


events = [
    {"type": "click", "pos": (3, 4)},
    {"type": "click", "pos": (1, 2, 3)},
    {"type": "key", "key": "q", "ctrl": True, "alt": False},
    {"type": "key", "key": "w"},
    {"type": "key", "key": 5},
    {"type": "scroll", "by": 3},
    {"other": 1},
    {},
    [("type", "click")],
    "type",
]
for e in events:
    print(e, "->", handle(e))

match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **rest}:
        print("rest", rest)

match {1: "one", None: "none", True: "yes"}:
    case {1: v, None: n}:
        print("number and None keys", v, n)

match OrderedDict(x=1):
    case {"x": x}:
        print("OrderedDict", x)

dd = defaultdict(list)
match dd:
    case {"missing": _}:
        print("found missing")
    case _:
        print("defaultdict lookup does not insert:", dict(dd))

match {"n": {"inner": [1, 2]}}:
    case {"n": {"inner": [first, *more]}}:
        print("nested", first, more)

match {"x": 1}:
    case {**everything}:
        print("everything", everything)
