import random

random.seed(42)
print(random.random(), random.randint(1, 6), random.uniform(1.5, 2.5), random.randrange(0, 100, 5))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.choice("abcdef"), random.choices(["red", "green", "blue"], k=5))
print(random.choices(["x", "y"], weights=[9, 1], k=6), random.choices(range(3), cum_weights=[1, 2, 10], k=4))
print(random.sample(range(100), 5), random.sample(["a", "b", "c", "d"], k=2))
print(round(random.gauss(0, 1), 12), round(random.normalvariate(10, 2), 12), round(random.expovariate(1.5), 12))
print(round(random.triangular(0, 10, 3), 12), round(random.betavariate(2, 5), 12), random.getrandbits(20))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])
rng = random.Random(7)
print(rng.randint(0, 1000), rng.choice([1, 2, 3]), random.Random(7).randint(0, 1000))
random.seed("text seed")
print(random.random())
random.seed(42)
print(random.random())
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
