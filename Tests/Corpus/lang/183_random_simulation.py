import random

random.seed(123)
rolls = [random.randint(1, 6) for _ in range(600)]
counts = {face: rolls.count(face) for face in range(1, 7)}
print(counts)
print("mean", round(sum(rolls) / len(rolls), 3))
random.seed(99)
heads = sum(1 for _ in range(1000) if random.random() < 0.5)
print("heads", heads)
walk = 0
path = []
for _ in range(10):
    walk += random.choice([-1, 1])
    path.append(walk)
print(path)
team = ["ann", "bob", "cy", "di", "ed"]
random.shuffle(team)
print("order:", team)
print("pair:", random.sample(team, 2))
