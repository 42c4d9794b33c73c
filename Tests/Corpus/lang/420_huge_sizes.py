# Sizes computed by the program are checked before anything is allocated: what CPython
# cannot allocate is a MemoryError, what does not fit a machine integer an OverflowError.
cases = [
    ("[0] * 10**12", lambda: [0] * 10**12),
    ("(1,) * 10**12", lambda: (1,) * 10**12),
    ("[1, 2, 3, 4] * 2**61", lambda: [1, 2, 3, 4] * 2**61),
    ("2**61 * [1, 2, 3, 4]", lambda: 2**61 * [1, 2, 3, 4]),
    ("[0] * 2**63", lambda: [0] * 2**63),
    ("[1] * 10**30", lambda: [1] * 10**30),
    ("'a' * (2**63 - 1)", lambda: 'a' * (2**63 - 1)),
    ("'ab' * 2**62", lambda: 'ab' * 2**62),
    ("b'ab' * 2**62", lambda: b'ab' * 2**62),
    ("list(range(2**40))", lambda: list(range(2**40))),
    ("'{:>{}}'.format(1, 10**12)", lambda: '{:>{}}'.format(1, 10**12)),
    ("'{:<{}}'.format('x', 10**12)", lambda: '{:<{}}'.format('x', 10**12)),
    ("'%*d' % (10**12, 1)", lambda: '%*d' % (10**12, 1)),
    ("'%.*f' % (10**12, 1.5)", lambda: '%.*f' % (10**12, 1.5)),
    ("'{:.{}f}'.format(1.5, 10**12)", lambda: '{:.{}f}'.format(1.5, 10**12)),
    ("format(7, '>1000000000000')", lambda: format(7, '>1000000000000')),
]
for text, make in cases:
    try:
        value = make()
        print(text, "->", len(value))
    except (MemoryError, OverflowError, ValueError) as e:
        print(text, "->", type(e).__name__, e)

xs = [1, 2, 3]
try:
    xs *= 2**61
except MemoryError as e:
    print("xs *= 2**61 ->", type(e).__name__, len(xs))

# Small ones still work.
print(len([0] * 10**6), len('ab' * 10**6), len(b'x' * 3), b'x' * 3)
print(len('{:>{}}'.format(1, 10**5)), len('%*d' % (10**5, 1)))
print([1, 2] * 0, [1, 2] * -5, 'ab' * -1, (1,) * 3)
