run = lambda code: exec(code)
run("print(1)")
