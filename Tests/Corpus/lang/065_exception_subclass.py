class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, item):
        super().__init__(f"{item} not found")
        self.item = item

class Invalid(AppError):
    def __init__(self, field, reason):
        self.field = field
        self.reason = reason
    def __str__(self):
        return f"invalid {self.field}: {self.reason}"

for exc in [NotFound("user"), Invalid("age", "negative"), AppError("generic")]:
    try:
        raise exc
    except NotFound as e:
        print("NotFound:", e, "| item =", e.item)
    except AppError as e:
        print(type(e).__name__ + ":", e)

e = NotFound("file")
print(e.args, repr(e))
print(isinstance(e, AppError), isinstance(e, Exception))
print(str(AppError()), repr(AppError()), AppError("a", 1).args)
print(str(AppError("a", 1)))
