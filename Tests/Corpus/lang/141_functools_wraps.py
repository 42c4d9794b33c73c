import functools
def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"-> {func.__name__}{args}")
        return func(*args, **kwargs)
    return wrapper

@logged
def multiply(a, b):
    """Multiply two numbers."""
    return a * b

print(multiply(6, 7))
print(multiply.__name__)
print(multiply.__doc__)
print(multiply.__wrapped__(2, 3))
