commands = iter(["add 5", "add 10", "sub 3", "mul 2", "bogus", "quit", "add 100"])
total = 0
while True:
    cmd = next(commands)
    op, _, arg = cmd.partition(" ")
    if op == "quit":
        print("bye")
        break
    try:
        value = int(arg)
    except ValueError:
        print(f"ignoring {cmd!r}")
        continue
    if op == "add":
        total += value
    elif op == "sub":
        total -= value
    elif op == "mul":
        total *= value
    print(f"{cmd:<8} -> {total}")
print("final", total)
