import traceback
import uuid

u = uuid.uuid4()
print(type(u).__name__, len(str(u)), len(u.hex), u.version, u.variant, str(u)[14], len(u.bytes))
print(u == uuid.UUID(str(u)), u == uuid.UUID(hex=u.hex), u == uuid.UUID(bytes=u.bytes), u == uuid.UUID(int=u.int))
print(len({uuid.uuid4() for _ in range(50)}))
v = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(v, repr(v), v.hex, v.int, v.urn, v.version, v.variant)
print(v.bytes, v.fields, v.time_low, v.node, v.clock_seq)
print(uuid.UUID("{12345678123456781234567812345678}"), uuid.UUID("urn:uuid:12345678-1234-5678-1234-567812345678") == v)
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL.version)
w = uuid.UUID(int=0x12345678123456781234567812345679)
print(v < w, sorted([w, v])[0] == v, hash(v) == hash(uuid.UUID(str(v))), uuid.UUID(int=5, version=4))
for bad in ["not-a-uuid", "1234", "12345678-1234-5678-1234-56781234567g"]:
    try:
        uuid.UUID(bad)
    except ValueError as e:
        print("ValueError:", e)


def fail():
    raise KeyError("missing")


try:
    fail()
except KeyError:
    text = traceback.format_exc()
    print(text.splitlines()[0])
    print(text.splitlines()[-1])
try:
    int("x")
except ValueError as e:
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception(type(e), e, e.__traceback__)[-1], end="")
