def deco_a(func):
    print("applying a to", func.__name__)
    def wrapper():
        print("a before")
        func()
        print("a after")
    wrapper.__name__ = "wrapped_by_a"
    return wrapper

def deco_b(func):
    print("applying b to", func.__name__)
    def wrapper():
        print("b before")
        func()
        print("b after")
    wrapper.__name__ = "wrapped_by_b"
    return wrapper

@deco_a
@deco_b
def work():
    print("working")

print("defined")
work()
print(work.__name__)
