def outer():
    x = 1
    def middle():
        nonlocal x
        x += 10
        def inner():
            nonlocal x
            x *= 2
        inner()
    middle()
    return x
print(outer())

def accumulator():
    total = 0
    history = []
    def add(n):
        nonlocal total
        total += n
        history.append(total)
        return total
    def get_history():
        return history
    return add, get_history

add, hist = accumulator()
add(5)
add(10)
add(-3)
print(hist())
