ages = {"ann": 30, "bob": 25, "cy": 35}
for name in ages:
    print(name)
for name, age in ages.items():
    print(f"{name} is {age}")
for age in ages.values():
    print(age)
for k in ages.keys():
    print(k.upper())
ages["dee"] = 20
del ages["bob"]
ages["bob"] = 26
print(list(ages))
print(list(ages.items()))
total = 0
for v in ages.values():
    total += v
print(total)
for i, (k, v) in enumerate(sorted(ages.items(), key=lambda kv: kv[1])):
    print(i, k, v)
