d = {"a": 1}
try:
    d["missing"]
except KeyError as e:
    print("message:", e)
    print("repr:", repr(e))
    print("args:", e.args)
for key in [42, (1, 2), "quote's", None, 2.5]:
    try:
        {}[key]
    except KeyError as e:
        print(e)
try:
    del d["nope"]
except KeyError as e:
    print("del:", e)
try:
    raise KeyError("custom message")
except KeyError as e:
    print(str(e), e.args[0])
try:
    raise KeyError()
except KeyError as e:
    print("empty:", repr(str(e)))
