import random
random.seed(42)
print(random.random(), random.randint(1, 10), random.choice(["a", "b", "c"]), random.uniform(1, 2))
random.seed(42)
print(random.random())
print([random.randint(1, 6) for _ in range(10)])
print(random.randrange(0, 100, 5), random.randrange(10))
random.seed(7)
print(round(random.random(), 6), random.choice("xyz"))
