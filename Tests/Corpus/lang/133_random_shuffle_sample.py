import random
random.seed(2024)
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5))
print(random.sample(["red", "green", "blue", "black"], 2))
names = ["ann", "bob", "cy", "di"]
random.shuffle(names)
print(names)
print(random.choices([1, 2, 3], k=5))
random.seed(1)
print([round(random.uniform(-1, 1), 4) for _ in range(3)])
