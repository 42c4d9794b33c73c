# source: https://docs.python.org/3.11/tutorial/errors.html (Raising and Handling Multiple Unrelated Exceptions; Enriching Exceptions with Notes); changes: the uncaught group caught and printed
def f():
    excs = [OSError('error 1'), SystemError('error 2')]
    raise ExceptionGroup('there were problems', excs)

try:
    f()
except Exception as e:
    print(f'caught {type(e)}: e')

def f():
    raise ExceptionGroup(
        "group1",
        [
            OSError(1),
            SystemError(2),
            ExceptionGroup(
                "group2",
                [
                    OSError(3),
                    RecursionError(4)
                ]
            )
        ]
    )

try:
    try:
        f()
    except* OSError as e:
        print("There were OSErrors")
    except* SystemError as e:
        print("There were SystemErrors")
except ExceptionGroup as eg:
    print(repr(eg))

try:
    raise TypeError('bad type')
except Exception as e:
    e.add_note('Add some information')
    e.add_note('Add some more information')
    print(e.__notes__)

def f():
    raise OSError('operation failed')

excs = []
for i in range(3):
    try:
        f()
    except Exception as e:
        e.add_note(f'Happened in Iteration {i+1}')
        excs.append(e)

eg = ExceptionGroup('We have some problems', excs)
print(repr(eg), [e.__notes__ for e in eg.exceptions])
