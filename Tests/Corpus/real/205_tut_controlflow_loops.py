# source: https://docs.python.org/3.11/tutorial/controlflow.html (if, for, range, break/else, continue, pass); changes: doctest prompts removed; each value the session echoes is printed with print(repr(...))
x = 42
if x < 0:
    x = 0
    print('Negative changed to zero')
elif x == 0:
    print('Zero')
elif x == 1:
    print('Single')
else:
    print('More')

# Measure some strings:
words = ['cat', 'window', 'defenestrate']
for w in words:
    print(w, len(w))

# Create a sample collection
users = {'Hans': 'active', 'Éléonore': 'inactive', '景太郎': 'active'}

# Strategy:  Iterate over a copy
for user, status in users.copy().items():
    if status == 'inactive':
        del users[user]

# Strategy:  Create a new collection
active_users = {}
for user, status in users.items():
    if status == 'active':
        active_users[user] = status
print(users, active_users)

for i in range(5):
    print(i)
print(repr(list(range(5, 10))))
print(repr(list(range(0, 10, 3))))
print(repr(list(range(-10, -100, -30))))
a = ['Mary', 'had', 'a', 'little', 'lamb']
for i in range(len(a)):
    print(i, a[i])
print(range(10))
print(repr(sum(range(4))))  # 0 + 1 + 2 + 3

for n in range(2, 10):
    for x in range(2, n):
        if n % x == 0:
            print(n, 'equals', x, '*', n//x)
            break
    else:
        # loop fell through without finding a factor
        print(n, 'is a prime number')

for num in range(2, 10):
    if num % 2 == 0:
        print("Found an even number", num)
        continue
    print("Found an odd number", num)

class MyEmptyClass:
    pass

def initlog(*args):
    pass   # Remember to implement this!
