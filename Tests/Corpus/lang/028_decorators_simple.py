def shout(func):
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        return result.upper()
    return wrapper

@shout
def greet(name):
    return "hello " + name

print(greet("ann"))

def trace(func):
    def wrapper(*args):
        print("calling", func.__name__, args)
        r = func(*args)
        print("returned", r)
        return r
    return wrapper

@trace
def add(a, b):
    return a + b

add(2, 3)
print(add.__name__)

def register(func):
    registry.append(func.__name__)
    return func
registry = []
@register
def one(): pass
@register
def two(): pass
print(registry)
