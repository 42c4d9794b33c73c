# Slice bounds and steps at the limits of a machine integer.
xs = [1, 2, 3]
print(xs[::-2**63], xs[::2**63], xs[::2**63 - 1], xs[::-2**63 + 1])
print(xs[2::2**63], xs[2::2**63 - 1], xs[-2**63::-1], xs[2**63 - 1::-1])
print(xs[2**100:], xs[:2**100], xs[-2**100:], xs[:-2**100], xs[2**100::-1])
print('abc'[::-2**63], 'abc'[::2**63], 'héllo'[::2**63 - 1], 'héllo'[-2**63::-2])
print((1, 2, 3)[::-2**63], (1, 2, 3)[1::2**63])
print(b'abc'[::-2**63], b'abc'[::2**63])
ys = list(range(10))
ys[::2**63] = [9]
print(ys)
del ys[::-2**63]
print(ys)
print(range(10)[::-2**62], list(range(10)[::-2**62]))
for bad in [lambda: len(range(-2**63 + 1, 2**63 - 1)), lambda: len(range(2**63))]:
    try:
        print(bad())
    except OverflowError as e:
        print(type(e).__name__, e)
