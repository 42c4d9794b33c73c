import json

data = {"name": "Ada", "age": 36, "langs": ["en", "fr"], "admin": False, "score": 9.5,
        "boss": None, "ratio": 1e-7, "big": 10**20, "t": (1, 2)}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps({"b": 1, "a": {"d": [], "c": {}}}, indent="\t", sort_keys=True))
print(json.dumps("héllo wörld ☃ 😀"), json.dumps("héllo ☃ 😀", ensure_ascii=False))
print(json.dumps("tab\there \"quoted\" back\\slash new\nline \x01 \x7f"))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}))
print(json.dumps([float("nan"), float("inf"), -float("inf"), 0.1, 1/3, -0.0, 100.0]))
print(json.dumps([]), json.dumps({}), json.dumps([[]], indent=2), json.dumps(3), json.dumps(None))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps(Point(1, 2), default=lambda o: o.__dict__))
print(json.dumps({"p": Point(3, 4)}, default=lambda o: [o.x, o.y], indent=1))


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        return super().default(o)


print(json.dumps([Point(5, 6)], cls=PointEncoder))
for bad in [Point(0, 0), {(1, 2): 3}, {1, 2}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))

text = '{"users": [{"id": 1, "name": "Bo", "tags": ["x"]}, {"id": 2, "name": "Cy", "tags": []}], "ok": true, "n": null, "f": -2.5e3}'
obj = json.loads(text)
print(obj)
print(obj["users"][1]["name"], type(obj["f"]).__name__, obj["ok"], obj["n"])
print(json.loads('"\\u00e9\\ud83d\\ude00 \\n \\"x\\" \\/"'), json.loads("  [1, 2.0, -3, 1E2, 0.5e-1]  "))
print(json.loads('[NaN, Infinity, -Infinity]'), json.loads(b'{"a": 1}'), json.loads('12345678901234567890'))
print(json.loads('{"a": 1, "a": 2}'), json.loads(json.dumps(data)) == dict(data, t=[1, 2]))
print(json.loads('{"x": 1.5}', parse_float=str), json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())))
for bad in ['{"a": 1,}', '[1, 2,]', '[1 2]', '{"a" 1}', '', 'x', '{"a": }', '"abc', '[1,,2]',
            '{1:2}', '"a\\qb"', '12 34', '{"a":1}x', '  [', '-', '1.', '[1,\n 2,\n ]',
            "{'a': 1}", '"\\u12G4"', '"tab\there"', 'tru', '[1, 2', '{"a": [1, {"b": nul}]}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads("[")
except ValueError as e:
    print(type(e).__name__, isinstance(e, ValueError), e)
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
import sys
json.dump({"written": [1, 2]}, sys.stdout, indent=2)
print()
