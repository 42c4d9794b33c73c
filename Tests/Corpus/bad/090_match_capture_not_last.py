def describe(command):
    match command.split():
        case [verb]:
            return f"just {verb}"
        case words:
            return f"{len(words)} words"
        case []:
            return "nothing"


print(describe("go north"))
