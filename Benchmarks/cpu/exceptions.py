# CPU: exceptions raised and caught in a loop (own class hierarchy, try/except/else/finally).
class AppError(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code


class Minor(AppError):
    pass


def check(i):
    if i % 3 == 0:
        raise Minor(i % 11)
    if i % 7 == 0:
        raise KeyError(i)
    return i


def run(n):
    caught = 0
    codes = 0
    fin = 0
    for i in range(n):
        try:
            check(i)
        except AppError as e:
            caught += 1
            codes += e.code
        except KeyError:
            caught += 2
        else:
            codes += 1
        finally:
            fin += 1
    return caught, codes, fin


print("exceptions", run(600_000))
