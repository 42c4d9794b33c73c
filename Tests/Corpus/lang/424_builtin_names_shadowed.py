# eval, exec and compile are refused only when they name the builtins: a program may
# define its own functions, methods and variables with those names.
def exec(task):
    return "ran " + task


class Job:
    def compile(self, text):
        return text.upper()

    def eval(self):
        return self.compile("done")


def outer():
    eval = lambda s: len(s)

    def inner():
        return eval("four")

    return inner()


print(exec("build"), Job().eval(), outer())
compile = {"a": 1}
print(compile["a"])
