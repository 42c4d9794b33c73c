def task(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        yield
    print(f"{name} done")

def run(tasks):
    queue = list(tasks)
    rounds = 0
    while queue:
        current = queue.pop(0)
        try:
            next(current)
            queue.append(current)
        except StopIteration:
            pass
        rounds += 1
    return rounds

print("rounds:", run([task("A", 3), task("B", 1), task("C", 2)]))
