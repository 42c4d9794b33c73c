try:
    print(undefined_variable)
except NameError as e:
    print("NameError:", e)
def use_before_assign():
    print(counter)
    counter = 1
try:
    use_before_assign()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
    print(isinstance(e, NameError))
def deleted():
    v = 1
    del v
    return v
try:
    deleted()
except NameError as e:
    print(type(e).__name__ + ":", e)
try:
    undefined_function()
except NameError as e:
    print("NameError:", e)
