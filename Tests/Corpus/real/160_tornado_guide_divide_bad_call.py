# source: https://github.com/tornadoweb/tornado/blob/master/docs/guide/coroutines.rst (How to call a coroutine: bad_call); changes: bad_call() called at the end
async def divide(x, y):
    return x / y

def bad_call():
    # This should raise a ZeroDivisionError, but it won't because
    # the coroutine is called incorrectly.
    divide(1, 0)

bad_call()
