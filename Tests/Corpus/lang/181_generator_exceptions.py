def numbers():
    try:
        yield 1
        yield 2
        raise ValueError("generator failed")
    finally:
        print("generator cleanup")

try:
    for n in numbers():
        print("got", n)
except ValueError as e:
    print("caught from generator:", e)

def guarded():
    try:
        yield "a"
        yield "b"
    finally:
        print("guarded finally")

g = guarded()
print(next(g))
g.close()
print("after close")
for x in guarded():
    print("loop", x)
    break
print("after break")
