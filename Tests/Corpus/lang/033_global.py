counter = 0

def increment():
    global counter
    counter += 1

def read_only():
    return counter * 10

for _ in range(3):
    increment()
print(counter, read_only())

def create_global():
    global created
    created = "made inside"

create_global()
print(created)

x = "global x"
def shadow():
    x = "local x"
    return x
print(shadow(), x)
