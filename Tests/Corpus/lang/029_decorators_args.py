def repeat(times):
    def decorator(func):
        def wrapper(*args, **kwargs):
            results = []
            for _ in range(times):
                results.append(func(*args, **kwargs))
            return results
        return wrapper
    return decorator

@repeat(3)
def ping(x):
    return "ping " + str(x)

print(ping(1))

def tag(name, cls=None):
    def deco(func):
        def wrapper(text):
            attrs = f' class="{cls}"' if cls else ""
            return f"<{name}{attrs}>{func(text)}</{name}>"
        return wrapper
    return deco

@tag("p", cls="note")
def para(text):
    return text.strip()

@tag("b")
def bold(text):
    return text

print(para("  hi  "))
print(bold("x"))
